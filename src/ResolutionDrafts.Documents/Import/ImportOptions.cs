namespace ResolutionDrafts.Documents.Import;

/// <summary>Forces what the importer would otherwise detect. Null means detect.</summary>
public sealed record ImportOptions
{
    public static readonly ImportOptions Detect = new();

    public ImportFormat? Format { get; init; }

    /// <summary>A language code of <see cref="ResolutionDrafts.Domain.Drafts.DraftLanguage"/> ("en", "zh").</summary>
    public string? Language { get; init; }
}
