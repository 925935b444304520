namespace ResolutionDrafts.Web.Reading;

/// <summary>
/// The printed draft at one moment, as every reader of it gets it: the lines above the paragraphs,
/// each paragraph's HTML, the lines below. Immutable and shared by all the draft's readers; a page
/// is built from it without rendering anything (<see cref="Components.Drafts.ReadingDocument"/>).
/// </summary>
/// <param name="Version">
/// "chain.sequence": which broadcast made it and its place in that broadcast's sequence. A change
/// message says which version it follows; a page at another version fetches the whole document.
/// </param>
/// <param name="Revision">The live text's revision (its number of changes so far).</param>
public sealed record ReadingState(
    string Version,
    int Revision,
    string? Symbol,
    string Language,
    bool Chinese,
    string Front,
    IReadOnlyList<ReadingParagraphHtml> Paragraphs,
    string Back)
{
    /// <summary>The sequence number within the version's chain.</summary>
    public int Sequence => int.Parse(Version.AsSpan(Version.IndexOf('.') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
