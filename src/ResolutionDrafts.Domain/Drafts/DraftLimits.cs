namespace ResolutionDrafts.Domain.Drafts;

/// <summary>Bounds that keep one draft within what a person (and a server) can handle.</summary>
public static class DraftLimits
{
    /// <summary>The longest paragraph text, in UTF-16 code units. Real operative paragraphs rarely pass 3,000.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Title, author line, metadata fields and sponsor names.</summary>
    public const int MaxShortTextLength = 2_000;

    public const int MaxParagraphs = 2_000;

    public const int MaxSponsors = 400;

    public const int MaxFootnotes = 1_000;

    /// <summary>(a) is depth 1, (i) depth 2, a. depth 3, i. depth 4 (Security Council texts nest that deep).</summary>
    public const int MaxSubParagraphDepth = 4;

    public const int MaxIdLength = 64;
}
