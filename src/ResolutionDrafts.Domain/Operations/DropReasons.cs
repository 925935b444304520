namespace ResolutionDrafts.Domain.Operations;

/// <summary>The reasons a transformed operation is dropped, as its author is told them.</summary>
public static class DropReasons
{
    public const string ParagraphDeleted = "dropped: paragraph deleted";

    public const string ParentDeleted = "dropped: parent paragraph deleted";

    public const string AlreadySponsor = "dropped: already a sponsor";
}
