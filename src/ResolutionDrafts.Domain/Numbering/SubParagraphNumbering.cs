using System.Globalization;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>How one level of sub-paragraphs is numbered, named by its first marker.</summary>
public enum NumberStyle
{
    /// <summary>(a), (b) … (z), (aa): the UN's first level.</summary>
    ParenLetter,

    /// <summary>(i), (ii): the UN's second level.</summary>
    ParenRoman,

    /// <summary>a., b.: the UN's third level.</summary>
    LetterDot,

    /// <summary>i., ii.: the UN's fourth level.</summary>
    RomanDot,

    /// <summary>(1), (2): the World Health Assembly's first level ("URGES Member States: (1) to …").</summary>
    ParenNumber,

    /// <summary>1), 2).</summary>
    NumberParen,

    /// <summary>a), b).</summary>
    LetterParen,

    /// <summary>i), ii).</summary>
    RomanParen,
}

/// <summary>
/// A draft's numbering of sub-paragraphs, level by level (ADR 0036). The UN's own — (a), (i), a., i. — is the default and
/// is stored as nothing; another body's ("(1)" then "(a)" in a World Health Assembly resolution) is stored in the draft's
/// <see cref="Drafts.DraftMetadata.SubParagraphNumbering"/> as its levels' first markers, "(1) (a)". Levels the text does
/// not name are the UN's for their depth.
/// </summary>
public sealed class SubParagraphNumbering
{
    /// <summary>The UN's numbering: (a), (i), a., i.</summary>
    public static readonly SubParagraphNumbering Un = new([]);

    private static readonly NumberStyle[] Defaults = [NumberStyle.ParenLetter, NumberStyle.ParenRoman, NumberStyle.LetterDot, NumberStyle.RomanDot];

    private readonly NumberStyle[] levels;

    private SubParagraphNumbering(NumberStyle[] levels) => this.levels = levels;

    /// <summary>The styles every level may take, each named by its first marker: "(a)", "(i)", "a.", "i.", "(1)", "1)", "a)", "i)".</summary>
    public static IReadOnlyList<NumberStyle> All { get; } = Enum.GetValues<NumberStyle>();

    /// <summary>A numbering of these levels from depth 1; trailing levels the UN's for their depth are left out.</summary>
    public static SubParagraphNumbering Of(IReadOnlyList<NumberStyle> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var count = Math.Min(levels.Count, Drafts.DraftLimits.MaxSubParagraphDepth);
        while (count > 0 && levels[count - 1] == Default(count))
        {
            count--;
        }

        return count == 0 ? Un : new SubParagraphNumbering(levels.Take(count).ToArray());
    }

    /// <summary>The style the UN gives depth <paramref name="depth"/> (1 for (a)).</summary>
    public static NumberStyle Default(int depth) => Defaults[Math.Clamp(depth, 1, Defaults.Length) - 1];

    /// <summary>The style of sub-paragraphs at <paramref name="depth"/> (1 for a paragraph's own).</summary>
    public NumberStyle At(int depth) => depth - 1 < levels.Length ? levels[depth - 1] : Default(depth);

    public bool IsUn => levels.Length == 0;

    /// <summary>The levels stored, from depth 1 (none for the UN's).</summary>
    public IReadOnlyList<NumberStyle> Levels => levels;

    /// <summary>The <paramref name="n"/>th marker of a style: "(c)", "(iii)", "c.", "iii.", "(3)", "3)", "c)", "iii)".</summary>
    public static string Marker(NumberStyle style, int n) => style switch
    {
        NumberStyle.ParenLetter => $"({ParagraphLabels.Letters(n)})",
        NumberStyle.ParenRoman => $"({ParagraphLabels.Roman(n)})",
        NumberStyle.LetterDot => ParagraphLabels.Letters(n) + ".",
        NumberStyle.RomanDot => ParagraphLabels.Roman(n) + ".",
        NumberStyle.ParenNumber => $"({n.ToString(CultureInfo.InvariantCulture)})",
        NumberStyle.NumberParen => n.ToString(CultureInfo.InvariantCulture) + ")",
        NumberStyle.LetterParen => ParagraphLabels.Letters(n) + ")",
        _ => ParagraphLabels.Roman(n) + ")",
    };

    /// <summary>A style's name, its first marker: "(1)".</summary>
    public static string Name(NumberStyle style) => Marker(style, 1);

    /// <summary>The <paramref name="n"/>th marker at <paramref name="depth"/>.</summary>
    public string Marker(int depth, int n) => Marker(At(depth), n);

    /// <summary>
    /// The <paramref name="n"/>th marker of a style as a text prints it: in Chinese the level numbered (i), (ii) prints ㈠, ㈡
    /// whatever its depth (the UN's Chinese texts, ADR 0016 amendment 10; ADR 0036).
    /// </summary>
    public static string Printed(NumberStyle style, int n, bool chinese) =>
        chinese && style == NumberStyle.ParenRoman ? ParagraphLabels.ChineseSecondLevel(n) : Marker(style, n);

    /// <summary>
    /// The <paramref name="n"/>th marker of a style at <paramref name="depth"/> as a label names it: "(b)" for "b.", "㈡" in
    /// Chinese for "(ii)"; in Chinese a level the UN numbers otherwise at that depth and printed without parentheses as it
    /// prints, "i)" (<see cref="LabelledAsPrinted"/>).
    /// </summary>
    public static string LabelPart(NumberStyle style, int n, bool chinese, int depth) =>
        chinese && style == NumberStyle.ParenRoman ? ParagraphLabels.ChineseSecondLevel(n)
        : chinese && LabelledAsPrinted(style, depth) ? Marker(style, n)
        : LabelPart(Marker(style, n));

    /// <summary>
    /// Whether a Chinese text's label writes a level as it prints, not in parentheses: a level the UN numbers otherwise at
    /// that depth whose markers print without them ("(a) i)" labels "OP3 (a) i)", "a) i)" "OP1 a) i)"). A label is then
    /// what the page prints, and "(a) (i)" in a Chinese label means the UN's second level only, ㈠ as labels wrote it
    /// before (ADR 0016 amendments 12 and 16). The UN's own "a." and "i." stay "(a)", "(i)" ("OP4 (a) ㈠ (b)").
    /// </summary>
    public static bool LabelledAsPrinted(NumberStyle style, int depth) =>
        style != Default(depth) && style is not (NumberStyle.ParenLetter or NumberStyle.ParenRoman or NumberStyle.ParenNumber);

    /// <summary>A marker as every language's labels name it ("(ii)", <see cref="LabelPart(string)"/>) as a level of <paramref name="style"/> prints it: "ii)", "ii.", "(ii)".</summary>
    public static string AsPrinted(NumberStyle style, string labelPart) => style switch
    {
        NumberStyle.ParenLetter or NumberStyle.ParenRoman or NumberStyle.ParenNumber => labelPart,
        NumberStyle.LetterDot or NumberStyle.RomanDot => labelPart.Trim('(', ')') + ".",
        _ => labelPart.Trim('(', ')') + ")",
    };

    /// <summary>A marker as a label and a wording name it: in parentheses, whatever its print ("b." and "2)" as "(b)" and "(2)").</summary>
    public static string LabelPart(string marker) => "(" + marker.Trim('(', ')', '.') + ")";

    /// <summary>The style whose marker <paramref name="marker"/> is at place <paramref name="n"/>, if one is.</summary>
    public static NumberStyle? StyleOf(string marker, int n) => All.Cast<NumberStyle?>().FirstOrDefault(s => Marker(s!.Value, n) == marker);

    /// <summary>As stored: the levels' first markers separated by spaces ("(1) (a)"); null for the UN's.</summary>
    public string? Text => levels.Length == 0 ? null : string.Join(" ", levels.Select(Name));

    public override string ToString() => Text ?? "(a) (i) a. i.";

    /// <summary>The numbering a stored text names; null text is the UN's.</summary>
    public static SubParagraphNumbering Parse(string? text) => TryParse(text, out var numbering, out var problem) ? numbering : throw new FormatException(problem);

    /// <summary>Reads a stored text ("(1) (a)"); false with the reason when it names no numbering (a style unknown or used twice, too many levels).</summary>
    public static bool TryParse(string? text, out SubParagraphNumbering numbering, out string? problem)
    {
        numbering = Un;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var names = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var styles = new List<NumberStyle>();
        foreach (var name in names)
        {
            if (StyleOf(name, 1) is not { } style)
            {
                problem = $"The sub-paragraph numbering \"{text}\" names \"{name}\", which is not one of {string.Join(", ", All.Select(Name))}.";
                return false;
            }

            styles.Add(style);
        }

        if (styles.Count > Drafts.DraftLimits.MaxSubParagraphDepth)
        {
            problem = $"The sub-paragraph numbering \"{text}\" names {styles.Count} levels; sub-paragraphs go {Drafts.DraftLimits.MaxSubParagraphDepth} deep.";
            return false;
        }

        var full = Enumerable.Range(1, Drafts.DraftLimits.MaxSubParagraphDepth).Select(d => d <= styles.Count ? styles[d - 1] : Default(d)).ToList();
        if (full.Distinct().Count() < full.Count)
        {
            problem = $"The sub-paragraph numbering \"{text}\" numbers two levels alike ({string.Join(" ", full.Select(Name))}): their labels could not be told apart.";
            return false;
        }

        numbering = Of(styles);
        return true;
    }

    /// <summary>
    /// The numberings offered as a list where a person sets one (the masthead form, ADR 0046): the UN's first, then those
    /// the importers open a level with in the texts of other bodies — "(1)" (a World Health Assembly's "(1) to …", with
    /// "(a)" under it or not), "(i)" then "(a)", "1)", "a)" — each with the UN's levels after the ones it names. A draft
    /// may hold another (an import finds any that fits, level by level); the form shows it beside these and keeps it.
    /// </summary>
    public static IReadOnlyList<SubParagraphNumbering> Choices { get; } =
    [
        Un,
        Of([NumberStyle.ParenNumber, NumberStyle.ParenLetter]),
        Of([NumberStyle.ParenNumber]),
        Of([NumberStyle.ParenRoman, NumberStyle.ParenLetter]),
        Of([NumberStyle.NumberParen, NumberStyle.LetterParen]),
        Of([NumberStyle.NumberParen]),
        Of([NumberStyle.LetterParen, NumberStyle.RomanParen]),
    ];

    /// <summary>Every level's style written out, from the first: "(1), (a), a., i.".</summary>
    public string Described => string.Join(", ", Enumerable.Range(1, Drafts.DraftLimits.MaxSubParagraphDepth).Select(d => Name(At(d))));

    /// <summary>
    /// The numbering a draft's metadata stores; when it stores none (or one that cannot be read), the numbering beneath its
    /// operative paragraphs' (<see cref="Beneath"/>): the UN's, or "(i), (a), a., i." under lettered paragraphs.
    /// </summary>
    public static SubParagraphNumbering From(Drafts.DraftMetadata metadata) =>
        metadata?.SubParagraphNumbering is { } text && TryParse(text, out var numbering, out _) ? numbering : Beneath(OperativeNumbering.From(metadata));

    private static readonly SubParagraphNumbering BeneathLetters = new([NumberStyle.ParenRoman, NumberStyle.ParenLetter]);

    /// <summary>
    /// The sub-paragraphs' numbering of a draft that chooses none, beneath operative paragraphs numbered
    /// <paramref name="operativeNumbering"/> (ADR 0038 amendment 2): under lettered paragraphs "(i)", then "(a)", "a.", "i." — the
    /// UNHCR Executive Committee's items under its lettered conclusions, and the UN's next level after "(a)" — so no "(a)"
    /// stands under "(b)"; under every other numbering the UN's (a), (i), a., i. ("I." and "(1)" collide with no level).
    /// </summary>
    public static SubParagraphNumbering Beneath(string? operativeNumbering) =>
        operativeNumbering == OperativeNumbering.Lettered ? BeneathLetters : Un;
}
