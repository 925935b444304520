using System.Globalization;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Paragraph names as amendments print them. English: ordinal words for preambular paragraphs
/// ("the third preambular paragraph"), numbers for operative ones ("operative paragraph 6 (d)").
/// Chinese: 序言部分第三段, 执行部分第6(d)段, with no space around Arabic numerals, as the UN's
/// Chinese resolutions write them ("第32段", "第13和14段", "第15(d)段"; un-format.md). In a resolution
/// in parts the part follows as the UN's amendments name it: "operative paragraph 3 of resolution B",
/// "决议B执行部分第3段".
/// </summary>
internal static class ParagraphNames
{
    public static string Name(ParagraphReference reference, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var name = InPart(InSection(OwnName(reference, chinese), reference.Section, chinese), reference.Part, chinese);
        if (!reference.Quoted)
        {
            return name;
        }

        var line = reference is { NamesLine: true, QuotedLine: { } n } ? n.ToString(CultureInfo.InvariantCulture) : null;
        return chinese ? $"{name}所引案文{(line is null ? "" : $"第{line}行")}" : line is null ? $"the quoted text of {name}" : $"line {line} of the quoted text of {name}";
    }

    /// <summary>A name with the section it is in, as the UN cites it: "… of section II", "第二节…".</summary>
    private static string InSection(string name, string? section, bool chinese) =>
        section is null ? name : chinese ? $"第{SectionNumbers.InChinese(section)}节{name}" : $"{name} of section {section}";

    private static string OwnName(ParagraphReference reference, bool chinese)
    {
        // "(a) (i)" is stored; the UN's Chinese texts name the second level ㈠: "第10、11和28(a)㈠段" (A/RES/76/246), and the level
        // numbered (i) wherever the text's numbering puts it ("第1㈡(a)段"; none in "第1(1)(c)段"; ADR 0036).
        var sub = chinese ? ParagraphLabels.MarkersNamedIn(reference.SubParagraph, DraftLanguage.Chinese, ParagraphReference.NumberingOf(reference)) : reference.SubParagraph;
        if (reference.Decision is { } decision && reference.Kind == ParagraphKind.Operative)
        {
            return InDecision(decision, reference.Unnumbered ? null : OperativeNumber(reference.Number, reference.OperativeNumbering, chinese), sub, chinese, numbering: reference.OperativeNumbering);
        }

        if (reference.Unnumbered && reference.Kind == ParagraphKind.Operative)
        {
            // A single operative paragraph (a resolution's, a part's, a section's), printed without a number: "the operative paragraph (of section III)",
            // "subparagraph (a) of the operative paragraph"; "(第三节)执行部分", "执行部分(a)段".
            var compactSub = sub.Replace(" ", "", StringComparison.Ordinal);
            return chinese
                ? "执行部分" + (compactSub.Length > 0 ? compactSub + "段" : "")
                : sub.Length > 0 ? $"subparagraph {sub} of the operative paragraph" : "the operative paragraph";
        }

        if (chinese)
        {
            var compact = sub.Replace(" ", "", StringComparison.Ordinal);
            return reference.Kind == ParagraphKind.Preambular
                ? $"序言部分第{Ordinals.ChineseNumber(reference.Number)}段" + (sub.Length > 0 ? compact + "分段" : "")
                : $"执行部分{Ordinal(reference.OperativeNumbering)}{OperativeNumber(reference.Number, reference.OperativeNumbering, chinese)}{compact}段";
        }

        if (reference.Kind == ParagraphKind.Preambular)
        {
            var paragraph = $"the {Ordinals.English(reference.Number)} preambular paragraph";
            return sub.Length > 0 ? $"subparagraph {sub} of {paragraph}" : paragraph;
        }

        return $"operative paragraph {OperativeNumber(reference.Number, reference.OperativeNumbering, chinese)}" + (sub.Length > 0 ? " " + sub : "");
    }

    /// <summary>
    /// A decision's operative paragraph, named by the text: "the draft decision" / "决定草案" for its one unnumbered
    /// paragraph, "subparagraph (a) of the draft decision" / "决定草案(a)段", "paragraph 2 (a) of the draft decision" /
    /// "决定草案第2(a)段"; <paramref name="numbers"/> may name several ("2 and 3").
    /// </summary>
    private static string InDecision(DocumentKind decision, string? numbers, string sub, bool chinese, bool plural = false, string? numbering = null)
    {
        if (chinese)
        {
            var text = decision switch
            {
                DocumentKind.RevisedDraftDecision => "决定修订草案",
                DocumentKind.AdoptedDecision => "决定",
                _ => "决定草案",
            };
            var compact = sub.Replace(" ", "", StringComparison.Ordinal);
            return numbers is null
                ? text + (compact.Length > 0 ? compact + "段" : "")
                : $"{text}{Ordinal(numbering)}{numbers}{compact}段";
        }

        var name = decision switch
        {
            DocumentKind.RevisedDraftDecision => "the revised draft decision",
            DocumentKind.AdoptedDecision => "the decision",
            _ => "the draft decision",
        };
        return numbers is null
            ? (sub.Length > 0 ? $"subparagraph {sub} of {name}" : name)
            : $"{(plural ? "paragraphs" : "paragraph")} {numbers}{(sub.Length > 0 ? " " + sub : "")} of {name}";
    }

    /// <summary>A name with the part it is in: "… of resolution B", "决议B…".</summary>
    private static string InPart(string name, string? part, bool chinese) =>
        part is null ? name : chinese ? $"决议{part}{name}" : $"{name} of resolution {part}";

    /// <summary>
    /// Several paragraphs in one phrase, top-level paragraphs of one kind taken together:
    /// "the third preambular paragraph and operative paragraph 2", "operative paragraphs 27 and 43";
    /// "序言部分第三段和执行部分第2段", "执行部分第27和43段".
    /// </summary>
    public static string Names(IReadOnlyList<ParagraphReference> references, bool chinese)
    {
        if (references.Any(r => r.Quoted))
        {
            // Quoted text (ADR 0028) is named one place at a time: "the quoted text of operative paragraph 3 and operative paragraph 5".
            return string.Join(chinese ? "和" : " and ", references.Select(r => Name(r, chinese)).Distinct());
        }

        var parts = new List<string>();
        for (var i = 0; i < references.Count;)
        {
            var first = references[i];
            var end = i + 1;
            while (!first.IsSubParagraph && end < references.Count && !references[end].IsSubParagraph && references[end].Kind == first.Kind
                   && references[end].Part == first.Part && references[end].Section == first.Section)
            {
                end++;
            }

            var numbers = references.Skip(i).Take(end - i).Select(r => r.Number).ToList();
            var group = numbers.Count == 1 ? null
                : first.Decision is { } decision && first.Kind == ParagraphKind.Operative
                    ? InDecision(decision, chinese ? JoinChineseNumbers(OperativeNumbers(numbers, first.OperativeNumbering, chinese), "和") : JoinEnglish(OperativeNumbers(numbers, first.OperativeNumbering, chinese)), "", chinese, plural: true, numbering: first.OperativeNumbering)
                    : InSection(Group(first.Kind, numbers, chinese, first.OperativeNumbering), first.Section, chinese);
            parts.Add(group is null ? Name(first, chinese) : InPart(group, first.Part, chinese));
            i = end;
        }

        return chinese ? JoinChinese(parts) : JoinEnglish(parts);
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinEnglish(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };

    /// <summary>"A和B", "A、B和C"; 以及 when a part already holds 和, so the groups stay apart.</summary>
    public static string JoinChinese(IReadOnlyList<string> parts)
    {
        if (parts.Count <= 1)
        {
            return parts.Count == 0 ? "" : parts[0];
        }

        var and = parts.Any(p => p.Contains('和', StringComparison.Ordinal)) ? "以及" : "和";
        return string.Join("、", parts.Take(parts.Count - 1)) + and + parts[^1];
    }

    private static string Group(ParagraphKind kind, IReadOnlyList<int> numbers, bool chinese, string? operativeNumbering)
    {
        if (chinese)
        {
            return kind == ParagraphKind.Preambular
                ? "序言部分" + JoinChineseNumbers(numbers.Select(n => "第" + Ordinals.ChineseNumber(n)).ToList(), "和") + "段"
                : operativeNumbering == OperativeNumbering.Roman
                ? "执行部分" + JoinChineseNumbers(numbers.Select(n => "第" + Ordinals.ChineseNumber(n)).ToList(), "和") + "段"
                : "执行部分" + Ordinal(operativeNumbering) + JoinChineseNumbers(OperativeNumbers(numbers, operativeNumbering, chinese), "和") + "段";
        }

        return kind == ParagraphKind.Preambular
            ? "the " + JoinEnglish(numbers.Select(Ordinals.English).ToList()) + " preambular paragraphs"
            : "operative paragraphs " + JoinEnglish(OperativeNumbers(numbers, operativeNumbering, chinese));
    }

    /// <summary>
    /// An operative paragraph's number as a name gives it (ADR 0038 amendment 2): as the text prints it when no number can be
    /// read from the print — lettered "(c)" (the UN cites a lettered paragraph "SPLOS/72, paragraph (a)" / "SPLOS/72号文件(a)段"),
    /// Roman "III" in English and 三 in Chinese (as the UN's Chinese writes a Roman chapter's "paragraph IV.5" as "第四.5段" and a
    /// section "II" as 第二节) —, else its number, the UN's "(1)" and "1)" alike ("operative paragraph 3").
    /// </summary>
    private static string OperativeNumber(int n, string? numbering, bool chinese) => numbering switch
    {
        OperativeNumbering.Lettered => "(" + ParagraphLabels.Letters(n) + ")",
        OperativeNumbering.Roman => chinese ? Ordinals.ChineseNumber(n) : ParagraphLabels.Roman(n).ToUpperInvariant(),
        _ => Number(n),
    };

    private static List<string> OperativeNumbers(IEnumerable<int> numbers, string? numbering, bool chinese) =>
        numbers.Select(n => OperativeNumber(n, numbering, chinese)).ToList();

    /// <summary>第 before a number, none before a letter: "执行部分第3段", "执行部分第三段", "执行部分(c)段".</summary>
    private static string Ordinal(string? numbering) => numbering == OperativeNumbering.Lettered ? "" : "第";

    /// <summary>"第二、第三和第五", "27、43和46".</summary>
    private static string JoinChineseNumbers(IReadOnlyList<string> numbers, string and) =>
        string.Join("、", numbers.Take(numbers.Count - 1)) + and + numbers[^1];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
