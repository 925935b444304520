using DiffPlex;

namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Hands DiffPlex tokens we already have, so the text is tokenized once. DiffPlex asks for the
/// old text's chunks, then the new text's; the texts it passes are placeholders ("a", "b").
/// </summary>
internal sealed class FixedChunker(IReadOnlyList<string> oldTokens, IReadOnlyList<string> newTokens) : IChunker
{
    public IReadOnlyList<string> Chunk(string text) => text == "a" ? oldTokens : newTokens;
}
