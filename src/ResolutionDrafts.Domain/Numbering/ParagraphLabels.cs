using System.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Numbering;

/// <summary>Computes PP/OP labels and sub-paragraph markers from the order of paragraphs.</summary>
public static class ParagraphLabels
{
    // Labels are computed for every paragraph on every render, export and comparison: the
    // strings for the first few hundred numbers are made once.
    private const int Cached = 300;
    private static readonly string[] PreambularLabels = Strings(n => $"PP{n}");
    private static readonly string[] OperativeLabels = Strings(n => $"OP{n}");
    private static readonly string[] NumberMarkers = Strings(n => $"{n}.");

    /// <summary>
    /// Labels for every paragraph and sub-paragraph of the draft, by id; with <paramref name="language"/> Chinese a level
    /// numbered (i), (ii) is labelled as the UN's Chinese texts number it ("OP4 (a) ㈠"; ADR 0016 amendment 10), else
    /// "OP4 (a) (i)". Markers (<see cref="ParagraphLabel.Marker"/>) are the same in every language.
    /// </summary>
    /// <param name="numbering">How sub-paragraphs are numbered level by level; null for the UN's (a), (i), a., i. (ADR 0036).</param>
    /// <param name="operativeNumbering">
    /// How operative paragraphs are numbered (<see cref="OperativeNumbering"/>: "(1)", "1)"); null for the UN's "1." (ADR 0038).
    /// Only their markers follow it: labels stay "OP1".
    /// </param>
    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(IReadOnlyList<Paragraph> paragraphs, SubParagraphNumbering? numbering, string? language, string? operativeNumbering)
    {
        numbering ??= SubParagraphNumbering.Un;
        var chinese = language is not null && DraftLanguage.IsChinese(language);
        var labels = new Dictionary<string, ParagraphLabel>(paragraphs.Count);
        // In a resolution in parts each part numbers its paragraphs from 1 and its labels carry its letter.
        var start = 0;
        var parts = 0;
        for (var i = 1; i <= paragraphs.Count; i++)
        {
            if (i == paragraphs.Count || paragraphs[i].Part is not null)
            {
                var letter = paragraphs[start].Part is not null ? PartLetters.Letter(++parts) : null;
                ComputeSections(paragraphs, start, i, letter, numbering, operativeNumbering, labels, chinese);
                start = i;
            }
        }

        return labels;
    }

    /// <summary>
    /// A part (or the whole draft): paragraphs before its first section are numbered as before; each section
    /// numbers its own from 1, and its labels carry its name after the part's letter ("II OP3", "B II OP3").
    /// </summary>
    private static void ComputeSections(IReadOnlyList<Paragraph> paragraphs, int start, int end, string? part, SubParagraphNumbering numbering, string? operativeNumbering, Dictionary<string, ParagraphLabel> labels, bool chinese)
    {
        var from = start;
        var sections = 0;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (i > from && paragraphs[i].OpensSection))
            {
                var section = paragraphs[from].OpensSection ? SectionNumbers.Name(paragraphs[from], ++sections) : null;
                ComputeRun(paragraphs, from, i, part, section, numbering, operativeNumbering, labels, chinese);
                from = i;
            }
        }
    }

    private static void ComputeRun(IReadOnlyList<Paragraph> paragraphs, int start, int end, string? part, string? section, SubParagraphNumbering numbering, string? operativeNumbering, Dictionary<string, ParagraphLabel> labels, bool chinese)
    {
        var prefix = part is null ? section : section is null ? part : part + " " + section;
        var operativeCount = 0;
        for (var i = start; i < end; i++)
        {
            operativeCount += paragraphs[i].Kind == ParagraphKind.Operative ? 1 : 0;
        }

        int pp = 0, op = 0;
        for (var i = start; i < end; i++)
        {
            var paragraph = paragraphs[i];
            var isOperative = paragraph.Kind == ParagraphKind.Operative;
            var number = isOperative ? ++op : ++pp;
            var label = number < Cached
                ? (isOperative ? OperativeLabels : PreambularLabels)[number]
                : (isOperative ? "OP" : "PP") + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (prefix is not null)
            {
                label = prefix + " " + label;
            }

            // A single operative paragraph is not numbered; preambular paragraphs never are.
            var marker = !isOperative || operativeCount <= 1 ? ""
                : operativeNumbering is null && number < Cached ? NumberMarkers[number]
                : OperativeNumbering.Marker(operativeNumbering, number);
            labels[paragraph.Id] = new ParagraphLabel(paragraph.Id, paragraph.Kind, number, 0, label, marker, part) { Section = section };
            AddChildren(paragraph, paragraph.Kind, label, 1, part, section, numbering, labels, chinese);
        }
    }

    /// <summary>The labels as the draft's numberings (sub-paragraphs' and operative paragraphs') and language write them.</summary>
    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(Draft draft) =>
        Compute((draft ?? throw new ArgumentNullException(nameof(draft))).Paragraphs, SubParagraphNumbering.From(draft.Metadata), draft.Language, OperativeNumbering.From(draft.Metadata));

    /// <summary>The labels of the UN's numbering (operative paragraphs "1.", sub-paragraphs (a), (i), a., i.).</summary>
    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(IReadOnlyList<Paragraph> paragraphs) =>
        Compute(paragraphs, (SubParagraphNumbering?)null, null, null);

    /// <summary>The labels of the UN's numbering as <paramref name="language"/> writes them.</summary>
    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(IReadOnlyList<Paragraph> paragraphs, string? language) =>
        Compute(paragraphs, (SubParagraphNumbering?)null, language, null);

    private static string[] Strings(Func<int, string> make) => Enumerable.Range(0, Cached).Select(make).ToArray();

    private static void AddChildren(ParagraphNode parent, ParagraphKind kind, string parentLabel, int depth, string? part, string? section, SubParagraphNumbering numbering, Dictionary<string, ParagraphLabel> labels, bool chinese)
    {
        var style = numbering.At(depth);
        for (var i = 0; i < parent.SubParagraphs.Count; i++)
        {
            var child = parent.SubParagraphs[i];
            var marker = SubParagraphNumbering.Marker(style, i + 1);
            var label = $"{parentLabel} {SubParagraphNumbering.LabelPart(style, i + 1, chinese, depth)}";
            labels[child.Id] = new ParagraphLabel(child.Id, kind, i + 1, depth, label, marker, part) { Section = section, Style = style };
            AddChildren(child, kind, label, depth + 1, part, section, numbering, labels, chinese);
        }
    }

    /// <summary>"(a)" at depth 1, "(i)" at depth 2, "a." at depth 3, "i." at depth 4, for the <paramref name="n"/>th item: the UN's numbering.</summary>
    public static string SubParagraphMarker(int depth, int n) => SubParagraphNumbering.Un.Marker(depth, n);

    /// <summary>㈠ … ㈩ (U+3220–U+3229), then "(十一)", "(十二)" …</summary>
    public static string ChineseSecondLevel(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return n <= 10 ? ((char)(0x3220 + n - 1)).ToString() : $"({Ordinals.ChineseNumber(n)})";
    }

    /// <summary>
    /// The sub-paragraph markers of a place as a label or reference writes them in every language ("(a) (i)", "(d) (ii) (b)")
    /// written as <paramref name="language"/> writes them in the UN's numbering: "(a) ㈠" in Chinese.
    /// </summary>
    public static string MarkersIn(string markers, string language) => MarkersIn(markers, language, null);

    /// <summary>
    /// The sub-paragraph markers of a place as every language writes them ("(a) (i)", "(1) (c)", "(ii) (a)") written as a
    /// text in <paramref name="language"/> numbered <paramref name="numbering"/> (null: the UN's) labels them: in Chinese
    /// the level numbered (i), (ii) is ㈠, ㈡ at whatever depth it stands ("(a) ㈠", "㈡ (a)"), a level numbered
    /// otherwise in parentheses keeps its markers ("(1) (c)": a letter, not a Roman hundred; ADR 0016 amendments 10 and 11,
    /// ADR 0036), and one printed without them is written as it prints ("(a) ii)", <see cref="SubParagraphNumbering.LabelledAsPrinted"/>;
    /// amendment 16): what <see cref="Compute(Draft)"/> labels the place.
    /// </summary>
    public static string MarkersIn(string markers, string? language, SubParagraphNumbering? numbering) =>
        MarkersIn(markers, language, numbering, asLabelled: true);

    /// <summary>
    /// The markers as a Chinese amendment names the place (<see cref="MarkersIn(string, string?, SubParagraphNumbering?)"/>
    /// with the (i) level only written ㈠, ㈡): "第28(a)㈠段" as A/RES/76/246 cites it, and "第3(a)(ii)段" for a level printed
    /// "ii)", as every other level is named in parentheses (ADR 0016 amendment 16: no UN source cites such a level).
    /// </summary>
    public static string MarkersNamedIn(string markers, string? language, SubParagraphNumbering? numbering) =>
        MarkersIn(markers, language, numbering, asLabelled: false);

    private static string MarkersIn(string markers, string? language, SubParagraphNumbering? numbering, bool asLabelled)
    {
        ArgumentNullException.ThrowIfNull(markers);
        if (language is null || !DraftLanguage.IsChinese(language) || markers.Length == 0)
        {
            return markers;
        }

        numbering ??= SubParagraphNumbering.Un;
        var parts = markers.Split(' ');
        for (var depth = 1; depth <= parts.Length; depth++)
        {
            var part = parts[depth - 1];
            var style = numbering.At(depth);
            if (style == NumberStyle.ParenRoman && part.Length >= 3 && part[0] == '(' && part[^1] == ')'
                && RomanValue(part[1..^1]) is > 0 and var n)
            {
                parts[depth - 1] = ChineseSecondLevel(n);
            }
            else if (asLabelled && SubParagraphNumbering.LabelledAsPrinted(style, depth) && part.Length >= 3 && part[0] == '(' && part[^1] == ')')
            {
                parts[depth - 1] = SubParagraphNumbering.AsPrinted(style, part);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A label kept as text (a corpus paragraph's, a paragraph's agreed-language source: "OP9 (a) (i)", "B II OP3 (b) (ii)", a
    /// decision's "(a) (i)") as a text in <paramref name="language"/> labels it: "OP9 (a) ㈠" in Chinese (ADR 0016 amendment
    /// 11). Such a label keeps no numbering, so its markers are read in the UN's, where they fit it: the second marker is
    /// the (i) level when the first is a letter, "(a)" or "(aa)", and it is a Roman number below fifty ("(1) (c)", "(a) (c)"
    /// and "(a) (l)" stay: no list runs to a hundred, or fifty, sub-paragraphs). A label written so already is kept.
    /// </summary>
    public static string InLanguage(string label, string? language)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (language is null || !DraftLanguage.IsChinese(language) || !label.Contains('(', StringComparison.Ordinal))
        {
            return label;
        }

        var words = label.Split(' ');
        var first = Array.FindIndex(words, w => w.StartsWith('('));
        if (first < 0 || first + 1 >= words.Length || !IsLetterMarker(words[first]))
        {
            return label;
        }

        var second = words[first + 1];
        if (second.Length < 3 || second[0] != '(' || second[^1] != ')' || RomanValue(second[1..^1]) is not (> 0 and < 50 and var n))
        {
            return label;
        }

        words[first + 1] = ChineseSecondLevel(n);
        return string.Join(' ', words);

        // "(a)", "(z)", "(aa)": a letter of the UN's first level.
        static bool IsLetterMarker(string marker) =>
            marker.Length >= 3 && marker[0] == '(' && marker[^1] == ')' && char.IsAsciiLetterLower(marker[1]) && marker[1..^1].All(c => c == marker[1]);
    }

    /// <summary>The value of a lower-case Roman numeral ("xiv" → 14), or 0 when it is none.</summary>
    private static int RomanValue(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = Digit(numeral[i]);
            if (value == 0)
            {
                return 0;
            }

            total += i + 1 < numeral.Length && Digit(numeral[i + 1]) > value ? -value : value;
        }

        return total > 0 && Roman(total) == numeral ? total : 0;

        static int Digit(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, 'm' => 1000, _ => 0 };
    }

    /// <summary>a, b, ... z, then aa, bb, ... as the UN letters long lists.</summary>
    public static string Letters(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var letter = (char)('a' + ((n - 1) % 26));
        return new string(letter, ((n - 1) / 26) + 1);
    }

    public static string Roman(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        (int Value, string Text)[] numerals =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var text = new StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            while (n >= value)
            {
                text.Append(numeral);
                n -= value;
            }
        }

        return text.ToString();
    }
}
