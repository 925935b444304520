using System.Text.RegularExpressions;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Domain.Style;

/// <summary>
/// The UN's punctuation and ordering rules for resolutions, checked in the draft's language
/// (English punctuation for every language but Chinese, which uses full-width marks).
/// </summary>
public static partial class StyleChecker
{
    [GeneratedRegex(@"(\s*\[\^\d+\])+\s*$")]
    private static partial Regex TrailingFootnoteRefs();

    [GeneratedRegex(@"^\s*(\d+\s*[.)]|\([a-z]{1,3}\)|\([ivxlc]+\)|[a-z]\.)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ManualNumber();

    /// <summary>Punctuation rules: in an adopted text what the UN adopted stands, and these are notes, not warnings.</summary>
    private static readonly HashSet<string> Punctuation = new(StringComparer.Ordinal) { "author-line-ending", "paragraph-ending", "lead-in-ending" };

    public static IReadOnlyList<StyleWarning> Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var warnings = Warnings(draft);
        return draft.Kind.IsAdopted()
            ? warnings.Select(w => Punctuation.Contains(w.Code) ? w with { IsNote = true, Message = AsAdopted(w.Message) } : w).ToList()
            : warnings;
    }

    /// <summary>"An operative paragraph should end with ";"." → "Kept as adopted; the rule: an operative paragraph ends with ";"."</summary>
    private static string AsAdopted(string message) =>
        "Kept as adopted; the rule: " + char.ToLowerInvariant(message[0]) + message[1..].Replace(" should end with ", " ends with ", StringComparison.Ordinal);

    private static List<StyleWarning> Warnings(Draft draft)
    {
        var warnings = new List<StyleWarning>();
        var zh = DraftLanguage.IsChinese(draft.Language);
        var marks = zh ? Marks.Chinese : Marks.Latin;
        var authorEnd = marks.Preambular; // the author line ends with "," whatever the body
        if (WorldHealthAssembly.Is(draft))
        {
            // The World Health Assembly ends its preambular paragraphs with ";" (WHA79.12: "Recalling resolution WHA72.2 …;"):
            // a draft of the Assembly is checked by its own rule; every other draft by the UN's.
            marks = marks with { Preambular = zh ? "；" : ";" };
        }

        var labels = ParagraphLabels.Compute(draft);

        if (draft.AuthorLine.Length > 0 && !EndsWith(draft.AuthorLine, authorEnd))
        {
            warnings.Add(new StyleWarning("author-line-ending", null, null, $"The author line should end with \"{authorEnd}\"."));
        }

        // A Security Council resolution has no title: its number stands at its head ("Resolution 2799 (2026)").
        if (string.IsNullOrWhiteSpace(draft.Title) && draft.Kind != DocumentKind.Amendment && !SecurityCouncil.Is(draft))
        {
            warnings.Add(new StyleWarning("title-missing", null, null, "The draft has no title."));
        }

        // In a resolution in parts each part has its own preamble and its own last operative paragraph. A section
        // numbered from 1 again has its own preamble, but the resolution runs on through it as one sentence: the UN
        // ends a section's last paragraph with ";" (76/246: 17 sections so, the last with "."), so either is right there.
        var lastOperatives = new HashSet<Paragraph>();
        var sectionEnds = new HashSet<Paragraph>();
        Paragraph? lastOperative = null;
        foreach (var paragraph in draft.Paragraphs)
        {
            if (paragraph.Part is not null && lastOperative is not null)
            {
                lastOperatives.Add(lastOperative);
                lastOperative = null;
            }
            else if (paragraph.OpensSection && lastOperative is not null)
            {
                sectionEnds.Add(lastOperative);
            }

            lastOperative = paragraph.Kind == ParagraphKind.Operative ? paragraph : lastOperative;
        }

        if (lastOperative is not null)
        {
            lastOperatives.Add(lastOperative);
        }

        var seenOperative = false;
        foreach (var paragraph in draft.Paragraphs)
        {
            var label = labels[paragraph.Id].Label;
            seenOperative &= !paragraph.OpensSection;
            if (paragraph.Part is { } part)
            {
                seenOperative = false;
                if (part.AuthorLine.Length > 0 && !EndsWith(part.AuthorLine, authorEnd))
                {
                    warnings.Add(new StyleWarning("author-line-ending", paragraph.Id, label, $"The author line of part {labels[paragraph.Id].Part} should end with \"{authorEnd}\"."));
                }
            }

            // A headed preambular paragraph among operative ones opens a sub-section's own preamble (76/246: "XXII.
            // Gross jointly financed budget …", "Having considered …"), as a section's does.
            seenOperative &= !(paragraph.Kind == ParagraphKind.Preambular && !string.IsNullOrWhiteSpace(paragraph.Heading));
            if (paragraph.Kind == ParagraphKind.Preambular && seenOperative)
            {
                warnings.Add(new StyleWarning("preambular-after-operative", paragraph.Id, label,
                    "A preambular paragraph stands after an operative paragraph; preambular paragraphs come first."));
            }

            seenOperative |= paragraph.Kind == ParagraphKind.Operative;
            var ending = paragraph.Kind == ParagraphKind.Preambular
                ? marks.Preambular
                : lastOperatives.Contains(paragraph) ? marks.Final : marks.Operative;
            if (sectionEnds.Contains(paragraph) && !lastOperatives.Contains(paragraph) && EndsWith(LastText(paragraph), marks.Final))
            {
                ending = marks.Final;
            }

            var what = paragraph.Kind == ParagraphKind.Preambular
                ? "A preambular paragraph"
                : lastOperatives.Contains(paragraph) ? "The last operative paragraph" : "An operative paragraph";
            CheckNode(paragraph, label, ending, what, marks, labels, warnings);
        }

        return warnings;
    }

    private static void CheckNode(
        ParagraphNode node, string label, string ending, string what, Marks marks,
        IReadOnlyDictionary<string, ParagraphLabel> labels, List<StyleWarning> warnings, bool leadInReported = false)
    {
        if (string.IsNullOrWhiteSpace(node.Text))
        {
            // Live text may be empty while someone retypes it; it must not stay so.
            warnings.Add(new StyleWarning("empty-paragraph", node.Id, label, "This paragraph is empty: type its text or delete it."));
            return;
        }

        if (ManualNumber().IsMatch(node.Text))
        {
            warnings.Add(new StyleWarning("manual-number", node.Id, label,
                "The text begins with a number or letter of its own; numbering is added automatically."));
        }

        // A quoted line opened and left empty ("+ quoted line", then elsewhere) is said as such; the quotation
        // ends at its last line with words, so the paragraph's ending is not blamed for it.
        var quoted = node.Quotation.Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
        for (var i = 0; i < node.Quotation.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(node.Quotation[i].Text))
            {
                warnings.Add(new StyleWarning("empty-quoted-line", node.Id, label,
                    $"Quoted line {i + 1} is empty: type it or remove it from the quotation."));
            }
        }

        if (node.SubParagraphs.Count == 0)
        {
            // A node that introduces its table ends as a lead-in does ("… shall be as follows:", ADR 0029) — or, as
            // the UN prints some (76/271 zh "……为期18个月；" over its table, 75/257 B's last paragraph), with the ending
            // it would have without the table; the warning asks for the colon, the rule of the corpus. A node that
            // quotes ends where its quotation does (ADR 0028): the quoted text's own closing mark, or the ending after it.
            var ends = node.Table is not null ? EndsWith(node.Text, marks.LeadIn) || EndsWith(node.Text, ending)
                : quoted.Count > 0 ? EndsWith(quoted[^1].Text, ending) || ClosesQuotation(quoted[^1].Text)
                : EndsWith(node.Text, ending);
            if (!ends && node.Table is null && quoted.Count == 0 && EndsWith(node.Text, marks.LeadIn))
            {
                // A lead-in whose quotation or list is still to come (the usual state while a delegation drafts):
                // "should end with ".”" alone reads as if the colon were the mistake.
                // Not a punctuation note in an adopted text either: there, something the colon introduces was lost.
                warnings.Add(new StyleWarning("lead-in-alone", node.Id, label,
                    $"This paragraph ends with \"{marks.LeadIn}\" but nothing follows it: add the quoted text or sub-paragraphs it introduces, or end it with \"{ending}\"."));
            }
            else if (!ends)
            {
                warnings.Add(node.Table is null
                    ? new StyleWarning("paragraph-ending", node.Id, label, $"{what} should end with \"{ending}\".")
                    : new StyleWarning("paragraph-ending", node.Id, label, $"{what} that introduces a table should end with \"{marks.LeadIn}\"."));
            }

            return;
        }

        // A lead-in introduces its list with a colon; the list's items end with ";" and the last
        // item carries the ending the whole paragraph would have. Nested lead-ins that lack it under one that lacks it
        // are one warning, on the outermost, naming them: not a line of its own under every level of the list.
        var lacksColon = !EndsWith(node.Text, marks.LeadIn);
        if (lacksColon && !leadInReported)
        {
            var nested = NestedLeadInsWithoutColon(node, marks).Select(n => labels[n.Id].Label).ToList();
            warnings.Add(new StyleWarning("lead-in-ending", node.Id, label, $"A lead-in to sub-paragraphs should end with \"{marks.LeadIn}\""
                + (nested.Count == 0 ? "." : $", and so should {(nested.Count == 1 ? "the lead-in" : "the lead-ins")} of {Amendments.ParagraphNames.JoinEnglish(nested)} under it.")));
        }

        for (var i = 0; i < node.SubParagraphs.Count; i++)
        {
            var sub = node.SubParagraphs[i];
            var isLast = i == node.SubParagraphs.Count - 1;
            CheckNode(sub, labels[sub.Id].Label, isLast ? ending : marks.Operative,
                isLast ? "The last sub-paragraph" : "A sub-paragraph", marks, labels, warnings, leadInReported: lacksColon);
        }
    }

    /// <summary>The sub-paragraphs under <paramref name="node"/> that lead in to their own and lack the colon, each under one that lacks it too.</summary>
    private static IEnumerable<ParagraphNode> NestedLeadInsWithoutColon(ParagraphNode node, Marks marks)
    {
        foreach (var sub in node.SubParagraphs.Where(s => s.SubParagraphs.Count > 0 && !string.IsNullOrWhiteSpace(s.Text) && !EndsWith(s.Text, marks.LeadIn)))
        {
            yield return sub;
            foreach (var deeper in NestedLeadInsWithoutColon(sub, marks))
            {
                yield return deeper;
            }
        }
    }

    /// <summary>The text that ends a paragraph: its own, or its last sub-paragraph's, however deep.</summary>
    private static string LastText(ParagraphNode node) =>
        node.SubParagraphs.Count == 0 ? node.Text : LastText(node.SubParagraphs[^1]);

    private static bool ClosesQuotation(string text) =>
        TrailingFootnoteRefs().Replace(text, "").TrimEnd() is { Length: > 0 } end && end[^1] is '”' or '」' or '"' or '’';

    private static bool EndsWith(string text, string mark)
    {
        var trimmed = TrailingFootnoteRefs().Replace(text, "").TrimEnd();
        if (trimmed.EndsWith(mark, StringComparison.Ordinal))
        {
            return true;
        }

        // "...; and" / "...; or" close an item that is followed by the last one.
        return mark is ";" or "；" && (trimmed.EndsWith(mark + " and", StringComparison.Ordinal) || trimmed.EndsWith(mark + " or", StringComparison.Ordinal)
            || trimmed.EndsWith(mark + "和", StringComparison.Ordinal) || trimmed.EndsWith(mark + "或", StringComparison.Ordinal));
    }

    private sealed record Marks(string Preambular, string Operative, string Final, string LeadIn)
    {
        public static readonly Marks Latin = new(",", ";", ".", ":");
        public static readonly Marks Chinese = new("，", "；", "。", "：");
    }
}
