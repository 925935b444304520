namespace ResolutionDrafts.Documents.Export;

/// <summary>The paper a DOCX is laid out for.</summary>
public enum PageSize
{
    /// <summary>210 x 297 mm, the UN's default.</summary>
    A4,

    /// <summary>8.5 x 11 inches.</summary>
    Letter,
}
