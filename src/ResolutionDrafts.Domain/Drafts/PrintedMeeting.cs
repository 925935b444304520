namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// An adopted text's closing meeting and its date as the text prints them: in the order <see cref="DraftMetadata.MeetingInPrintedOrder"/>
/// gives, and on two lines as the UN prints them ("41st plenary meeting" / "10 December 2020") or on one as WHO prints them
/// ("Eighth plenary meeting, 1 June 2024" / "第八次全体会议，2024年6月1日"; ADR 0036, amendment 5). The one place the page, the reading
/// page, DOCX, AKN and the import preview ask how the meeting is printed; a WHO body's text (<see cref="WorldHealthAssembly.Is"/>) is
/// printed on one line, every other text as before.
/// </summary>
/// <param name="Lines">The meeting's line and the date's, in the order printed (a line the text does not print has no text).</param>
/// <param name="Joiner">What stands between them when printed on one line (", ", "，", or nothing before a Chinese meeting); null
/// when each is printed on a line of its own.</param>
public sealed record PrintedMeeting(IReadOnlyList<PrintedMeetingLine> Lines, string? Joiner)
{
    /// <summary>True when the meeting and its date are printed on one line.</summary>
    public bool OnOneLine => Joiner is not null;

    /// <summary>The draft's own meeting or, given a part, the meeting printed at the end of that part, as <paramref name="draft"/> prints it.</summary>
    public static PrintedMeeting Of(Draft draft, DraftPart? part = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Printed(draft, draft.Metadata.MeetingInPrintedOrder(part));
    }

    /// <summary>A meeting and date already chosen (a part's, <see cref="DraftPart.MeetingOr"/>) as <paramref name="draft"/> prints them.</summary>
    public static PrintedMeeting Of(Draft draft, string? line, string? date)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Printed(draft, draft.Metadata.InPrintedOrder(line, date));
    }

    /// <summary>The printed lines' text: one line ("Eighth plenary meeting, 1 June 2024") or two; none when neither is known.</summary>
    public IReadOnlyList<string> Text()
    {
        var texts = Lines.Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
        return Joiner is null || texts.Count < 2 ? texts : [string.Join(Joiner, texts)];
    }

    private static PrintedMeeting Printed(Draft draft, IReadOnlyList<PrintedMeetingLine> lines)
    {
        if (!WorldHealthAssembly.Is(draft))
        {
            return new PrintedMeeting(lines, null);
        }

        // WHO: "Eighth plenary meeting, 1 June 2024", "第八次全体会议，2024年6月1日"; a text read with its date first keeps that order,
        // and a Chinese date runs into the meeting after it as Chinese writes it ("2024年6月1日第八次全体会议").
        var chinese = DraftLanguage.IsChinese(draft.Language);
        var joiner = !chinese ? ", " : lines[0].IsDate ? "" : "，";
        return new PrintedMeeting(lines, joiner);
    }
}
