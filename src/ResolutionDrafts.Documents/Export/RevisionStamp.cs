using System.Globalization;

namespace ResolutionDrafts.Documents.Export;

/// <summary>Author, date and the running id of every tracked change in one document.</summary>
internal sealed class RevisionStamp(string defaultAuthor, DateTimeOffset date)
{
    private int nextId;

    public string DefaultAuthor { get; } = string.IsNullOrWhiteSpace(defaultAuthor) ? "ResolutionDrafts" : defaultAuthor.Trim();

    /// <summary>Word writes revision dates as UTC without fractions.</summary>
    public DateTime Date { get; } = DateTime.SpecifyKind(date.UtcDateTime.AddTicks(-(date.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Utc);

    public string NextId() => (nextId++).ToString(CultureInfo.InvariantCulture);

    public string AuthorOr(string? author) => string.IsNullOrWhiteSpace(author) ? DefaultAuthor : author.Trim();
}
