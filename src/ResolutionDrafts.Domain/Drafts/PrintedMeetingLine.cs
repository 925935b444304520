namespace ResolutionDrafts.Domain.Drafts;

/// <summary>
/// One of the two lines an adopted text closes with (<see cref="DraftMetadata.MeetingInPrintedOrder"/>): the meeting ("41st
/// plenary meeting" / "第41次全体会议") or, when <paramref name="IsDate"/>, its date ("10 December 2020"). Null text when the
/// text does not print that line.
/// </summary>
public readonly record struct PrintedMeetingLine(string? Text, bool IsDate);
