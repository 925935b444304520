using System.Globalization;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Turns what an importer recognised into a <see cref="Draft"/> through the draft's behaviour
/// methods, with ids taken from position ("pp1", "op2", "op6-d", "op6-d-ii") so that importing the
/// same text twice, in any format, gives the same ids.
/// </summary>
internal static class DraftBuilder
{
    public static Draft Build(ParsedDocument parsed)
    {
        var created = Draft.Create(parsed.Language, parsed.Kind, parsed.Kind.IsRevised() ? parsed.Revision ?? 1 : null);
        if (!created.IsSuccess)
        {
            throw new ImportRefusedException(created.Error!);
        }

        var draft = created.Value!;
        var warnings = parsed.Warnings;
        // Text from outside: line breaks and invisible controls in one-line fields are cleaned, not kept.
        // An adopted text's draft symbol: as the form gave it (the UN's AKN workflow, our DOCX's property), else as its
        // committee line prints it ("[without reference to a Main Committee (A/80/L.6)]"); a draft has none (ADR 0034, amendment 2).
        var metadata = parsed.Metadata with
        {
            DraftSymbol = parsed.Kind.IsAdopted() ? parsed.Metadata.DraftSymbol ?? OriginatingDraft.In(parsed.Metadata.CommitteeLine) : null,
            Vote = parsed.Kind.IsAdopted() ? parsed.Metadata.Vote : null,
        };
        // The report that recommended it and the meeting's record (ADR 0034, amendment 4): as the UN's workflow gives them, else the
        // report as the committee line prints it ("(A/75/414, para. 8)"); a draft has none.
        var (reportSymbol, reportParagraph) = parsed.Metadata.ReportSymbol is not null || parsed.Metadata.ReportParagraph is not null
            ? (parsed.Metadata.ReportSymbol, parsed.Metadata.ReportParagraph)
            : ReportCited.In(parsed.Metadata.CommitteeLine);
        metadata = parsed.Kind.IsAdopted()
            ? metadata with { ReportSymbol = reportSymbol, ReportParagraph = reportParagraph }
            : metadata with { ReportSymbol = null, ReportParagraph = null, MeetingRecord = null, AdoptionPhrase = null };
        if (!draft.SetMetadata(metadata.Cleaned()).IsSuccess)
        {
            warnings.Add("The masthead has a field too long to be real; the masthead was left out.");
        }

        Try(draft.SetTitle(ShortText.Clean(parsed.Title)), "The title", warnings);
        Try(draft.SetAuthorLine(ShortText.Clean(parsed.AuthorLine)), "The author line", warnings);
        foreach (var sponsor in parsed.Sponsors)
        {
            Try(draft.AddSponsor(sponsor with { Name = ShortText.Clean(sponsor.Name), OnBehalfOf = sponsor.OnBehalfOf is null ? null : ShortText.Clean(sponsor.OnBehalfOf) }), $"Sponsor \"{sponsor.Name}\"", warnings);
        }

        foreach (var (number, text) in parsed.Footnotes)
        {
            var added = draft.AddFootnote(number, text);
            if (!added.IsSuccess)
            {
                throw new ImportRefusedException($"Footnote {number}: {added.Error}");
            }
        }

        SectionStarts.Mark(parsed.Paragraphs);

        // Ids restart with the numbers in each part of a resolution in parts, with its letter before them ("b-op3").
        int pp = 0, op = 0, parts = 0;
        var prefix = "";
        foreach (var paragraph in parsed.Paragraphs)
        {
            if (paragraph.Part is not null)
            {
                prefix = PartLetters.Letter(++parts).ToLowerInvariant() + "-";
                pp = op = 0;
            }

            var operative = paragraph.Kind == ParagraphKind.Operative;
            var number = operative ? ++op : ++pp;
            var id = prefix + (operative ? "op" : "pp") + number.ToString(CultureInfo.InvariantCulture);
            var label = (prefix.Length > 0 ? prefix[..^1].ToUpperInvariant() + " " : "") + (operative ? "OP" : "PP") + number.ToString(CultureInfo.InvariantCulture);
            var text = paragraph.Text.ToString().Trim();
            if (text.Length == 0)
            {
                text = paragraph.Children.Count > 0 ? "…" : "";
            }

            var inserted = draft.InsertParagraph(paragraph.Kind, text, id: id, heading: paragraph.Heading);
            if (!inserted.IsSuccess)
            {
                throw new ImportRefusedException($"{label}: {inserted.Error}");
            }

            if (paragraph.Part is { } part)
            {
                // A part's own meeting only when the text is adopted and it is not the draft's (ADR 0034, amendment 2).
                part = part.Cleaned();
                part = !parsed.Kind.IsAdopted() || (part.MeetingLine == draft.Metadata.MeetingLine && part.MeetingDate == draft.Metadata.MeetingDate)
                    ? part with { MeetingLine = null, MeetingDate = null }
                    : part;
                var set = draft.SetPart(id, part);
                if (!set.IsSuccess)
                {
                    throw new ImportRefusedException($"Part {prefix[..^1].ToUpperInvariant()}: {set.Error}");
                }
            }

            if (paragraph.OpensSection)
            {
                draft.SetSection(id, true);
            }

            AddQuotation(draft, paragraph, id, label);
            SetTable(draft, id, label, paragraph, warnings);

            AddChildren(draft, paragraph, id, label, 1, warnings);
        }

        return draft;
    }

    private static void AddChildren(Draft draft, ParsedNode parent, string parentId, string parentLabel, int depth, List<string> warnings)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var child = parent.Children[i];
            var marker = ParagraphLabels.SubParagraphMarker(depth, i + 1);
            var id = parentId + "-" + marker.Trim('(', ')', '.');
            var label = $"{parentLabel} {marker}";
            var text = child.Text.ToString().Trim();
            var added = draft.AddSubParagraph(parentId, text.Length == 0 ? "…" : text, id: id);
            if (!added.IsSuccess)
            {
                throw new ImportRefusedException($"{label}: {added.Error}");
            }

            AddQuotation(draft, child, id, label);
            AddChildren(draft, child, id, label, depth + 1, warnings);
            SetTable(draft, id, label, child, warnings);
        }
    }

    /// <summary>A table the draft cannot hold (too many rows or columns) is left out with the reason; its lines are then listed as not in the draft.</summary>
    private static void SetTable(Draft draft, string id, string label, ParsedNode node, List<string> warnings)
    {
        if (node.Table is { } table && draft.SetTable(id, table) is { IsSuccess: false } refused)
        {
            warnings.Add($"The table of {label} was left out: {refused.Error}");
        }
    }

    /// <summary>A node's quoted lines, with ids from their place under it ("op3-q1", "op3-q2"; ADR 0028).</summary>
    private static void AddQuotation(Draft draft, ParsedNode node, string holderId, string label)
    {
        for (var i = 0; i < node.Quotation.Count; i++)
        {
            var text = node.Quotation[i].ToString().Trim();
            var added = draft.AddQuotedLine(holderId, text.Length == 0 ? "…" : text, id: holderId + "-q" + (i + 1).ToString(CultureInfo.InvariantCulture));
            if (!added.IsSuccess)
            {
                throw new ImportRefusedException($"{label}, quoted line {i + 1}: {added.Error}");
            }
        }
    }

    private static void Try(DomainResult result, string what, List<string> warnings)
    {
        if (!result.IsSuccess)
        {
            warnings.Add($"{what} was left out: {result.Error}");
        }
    }
}
