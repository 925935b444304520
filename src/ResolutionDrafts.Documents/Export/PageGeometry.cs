namespace ResolutionDrafts.Documents.Export;

/// <summary>Page size, margins and indents in twentieths of a point (twips: 567 to the centimetre).</summary>
internal sealed record PageGeometry(int Width, int Height)
{
    public const int MarginTop = 1247;       // 2.2 cm
    public const int MarginBottom = 1304;    // 2.3 cm
    public const int MarginSide = 1361;      // 2.4 cm
    public const int HeaderDistance = 680;   // 1.2 cm
    public const int FooterDistance = 567;   // 1 cm

    /// <summary>The DGACM text block is indented 1.27 cm on both sides of the margins.</summary>
    public const int TextIndent = 720;

    /// <summary>One step of indentation for numbers and sub-paragraph markers: 1.27 cm.</summary>
    public const int Step = 720;

    public static PageGeometry For(PageSize size) => size switch
    {
        PageSize.Letter => new PageGeometry(12240, 15840),
        _ => new PageGeometry(11906, 16838),
    };

    public int TextWidth => Width - (2 * MarginSide);

    public bool IsLandscape => Width > Height;

    /// <summary>The same page on its side.</summary>
    public PageGeometry Turned() => new(Height, Width);
}
