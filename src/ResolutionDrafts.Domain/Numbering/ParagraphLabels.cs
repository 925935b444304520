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

    /// <summary>Labels for every paragraph and sub-paragraph of the draft, by id.</summary>
    /// <param name="numbering">How sub-paragraphs are numbered level by level; null for the UN's (a), (i), a., i. (ADR 0034).</param>
    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(IReadOnlyList<Paragraph> paragraphs, SubParagraphNumbering? numbering = null)
    {
        numbering ??= SubParagraphNumbering.Un;
        var labels = new Dictionary<string, ParagraphLabel>(paragraphs.Count);
        // In a resolution in parts each part numbers its paragraphs from 1 and its labels carry its letter.
        var start = 0;
        var parts = 0;
        for (var i = 1; i <= paragraphs.Count; i++)
        {
            if (i == paragraphs.Count || paragraphs[i].Part is not null)
            {
                var letter = paragraphs[start].Part is not null ? PartLetters.Letter(++parts) : null;
                ComputeSections(paragraphs, start, i, letter, numbering, labels);
                start = i;
            }
        }

        return labels;
    }

    /// <summary>
    /// A part (or the whole draft): paragraphs before its first section are numbered as before; each section
    /// numbers its own from 1, and its labels carry its name after the part's letter ("II OP3", "B II OP3").
    /// </summary>
    private static void ComputeSections(IReadOnlyList<Paragraph> paragraphs, int start, int end, string? part, SubParagraphNumbering numbering, Dictionary<string, ParagraphLabel> labels)
    {
        var from = start;
        var sections = 0;
        for (var i = start; i <= end; i++)
        {
            if (i == end || (i > from && paragraphs[i].OpensSection))
            {
                var section = paragraphs[from].OpensSection ? SectionNumbers.Name(paragraphs[from], ++sections) : null;
                ComputeRun(paragraphs, from, i, part, section, numbering, labels);
                from = i;
            }
        }
    }

    private static void ComputeRun(IReadOnlyList<Paragraph> paragraphs, int start, int end, string? part, string? section, SubParagraphNumbering numbering, Dictionary<string, ParagraphLabel> labels)
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
            var marker = isOperative && operativeCount > 1 ? (number < Cached ? NumberMarkers[number] : $"{number}.") : "";
            labels[paragraph.Id] = new ParagraphLabel(paragraph.Id, paragraph.Kind, number, 0, label, marker, part) { Section = section };
            AddChildren(paragraph, paragraph.Kind, label, 1, part, section, numbering, labels);
        }
    }

    public static IReadOnlyDictionary<string, ParagraphLabel> Compute(Draft draft) => Compute(draft.Paragraphs, SubParagraphNumbering.From(draft.Metadata));

    private static string[] Strings(Func<int, string> make) => Enumerable.Range(0, Cached).Select(make).ToArray();

    private static void AddChildren(ParagraphNode parent, ParagraphKind kind, string parentLabel, int depth, string? part, string? section, SubParagraphNumbering numbering, Dictionary<string, ParagraphLabel> labels)
    {
        var style = numbering.At(depth);
        for (var i = 0; i < parent.SubParagraphs.Count; i++)
        {
            var child = parent.SubParagraphs[i];
            var marker = SubParagraphNumbering.Marker(style, i + 1);
            var label = $"{parentLabel} {SubParagraphNumbering.LabelPart(marker)}";
            labels[child.Id] = new ParagraphLabel(child.Id, kind, i + 1, depth, label, marker, part) { Section = section, Style = style };
            AddChildren(child, kind, label, depth + 1, part, section, numbering, labels);
        }
    }

    /// <summary>"(a)" at depth 1, "(i)" at depth 2, "a." at depth 3, "i." at depth 4, for the <paramref name="n"/>th item: the UN's numbering.</summary>
    public static string SubParagraphMarker(int depth, int n) => SubParagraphNumbering.Un.Marker(depth, n);

    /// <summary>A marker as a label writes it: "(a)", "(ii)"; the printed "b.", "iii." and "2)" as "(b)", "(iii)" and "(2)" ("OP6 (a) (ii) (b) (iii)").</summary>
    public static string LabelPart(int depth, string marker) => SubParagraphNumbering.LabelPart(marker);

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
