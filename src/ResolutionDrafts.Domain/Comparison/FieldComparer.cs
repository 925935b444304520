using System.Globalization;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>Draft-level fields (masthead, title, author line), named as in the draft JSON format.</summary>
internal static class FieldComparer
{
    public static List<FieldChange> Compare(Draft old, Draft now)
    {
        var changes = new List<FieldChange>();
        foreach (var (field, read) in Fields)
        {
            var before = read(old);
            var after = read(now);
            if (before != after)
            {
                changes.Add(new FieldChange(field, before, after, TextDiffer.Diff(before ?? "", after ?? "")));
            }
        }

        return changes;
    }

    /// <summary>The fields in the order a reader meets them on the first page.</summary>
    private static readonly (string Field, Func<Draft, string?> Read)[] Fields =
    [
        ("language", d => d.Language),
        ("kind", d => KindName(d.Kind)),
        ("revision", d => d.Revision?.ToString(CultureInfo.InvariantCulture)),
        ("body", d => d.Metadata.Body),
        ("committee", d => d.Metadata.Committee),
        ("symbol", d => d.Metadata.Symbol),
        ("distribution", d => d.Metadata.Distribution),
        ("date", d => d.Metadata.Date),
        ("originalLanguage", d => d.Metadata.OriginalLanguage),
        ("session", d => d.Metadata.Session),
        ("placeAndDates", d => d.Metadata.PlaceAndDates),
        ("agendaItem.number", d => d.Metadata.AgendaItem?.Number),
        ("agendaItem.title", d => d.Metadata.AgendaItem?.Title),
        ("amendsSymbol", d => d.Metadata.AmendsSymbol),
        ("submittedBy", d => d.Metadata.SubmittedBy),
        ("adoptionLine", d => d.Metadata.AdoptionLine),
        ("committeeLine", d => d.Metadata.CommitteeLine),
        ("meetingLine", d => d.Metadata.MeetingLine),
        ("meetingDate", d => d.Metadata.MeetingDate),
        ("meetingDateFirst", d => d.Metadata.MeetingDateFirst ? "true" : null),
        ("draftSymbol", d => d.Metadata.DraftSymbol),
        ("draftDate", d => d.Metadata.DraftDate),
        ("reportDate", d => d.Metadata.ReportDate),
        ("reportSymbol", d => d.Metadata.ReportSymbol),
        ("reportParagraph", d => d.Metadata.ReportParagraph),
        ("meetingRecord", d => d.Metadata.MeetingRecord),
        ("adoptionPhrase", d => d.Metadata.AdoptionPhrase),
        ("vote", d => d.Metadata.Vote?.ToString()),
        ("votePrinted", d => d.Metadata.VotePrinted ? "true" : null),
        ("subParagraphNumbering", d => d.Metadata.SubParagraphNumbering),
        ("operativeNumbering", d => d.Metadata.OperativeNumbering),
        ("title", d => d.Title),
        ("authorLine", d => d.AuthorLine),
    ];

    /// <summary>The names the draft JSON format uses, so a field change reads the same there and here.</summary>
    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.DraftResolution => "draftResolution",
        DocumentKind.RevisedDraftResolution => "revisedDraftResolution",
        DocumentKind.Amendment => "amendment",
        DocumentKind.AdoptedResolution => "adoptedResolution",
        DocumentKind.DraftDecision => "draftDecision",
        DocumentKind.RevisedDraftDecision => "revisedDraftDecision",
        DocumentKind.AdoptedDecision => "adoptedDecision",
        _ => kind.ToString(),
    };
}
