using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// The outcome of an import: a draft with what the reader should check (warnings), or the one
/// reason the file could not be imported ("no author line found").
/// </summary>
public sealed class ImportResult
{
    private ImportResult(Draft? draft, string? error, ImportFormat? format, IReadOnlyList<string> warnings, ImportReview? review = null)
    {
        Review = review;
        Draft = draft;
        Error = error;
        Format = format;
        Warnings = warnings;
    }

    public Draft? Draft { get; }

    public string? Error { get; }

    /// <summary>The format that was read; null when the input was refused before its format was known.</summary>
    public ImportFormat? Format { get; }

    public IReadOnlyList<string> Warnings { get; }

    public bool IsSuccess => Draft is not null;

    /// <summary>
    /// What a person should check before creating the draft: counts, how sure each guess is, the
    /// lines that became nothing, sponsors not on the list. Null when the import failed.
    /// </summary>
    public ImportReview? Review { get; }

    internal static ImportResult Ok(Draft draft, ImportFormat format, IReadOnlyList<string> warnings, ImportReview? review = null) =>
        new(draft, null, format, warnings, review);

    internal static ImportResult Fail(string error, ImportFormat? format = null) => new(null, error, format, []);

    public override string ToString() => Error ?? $"{Draft!.Paragraphs.Count} paragraphs, {Warnings.Count} warnings";
}
