namespace ResolutionDrafts.Domain.Comparison;

/// <summary>A text and its token boundaries (start of each token, then the text's length).</summary>
internal sealed class TokenText(string text, List<int> boundaries)
{
    public string Text { get; } = text;

    public List<int> Boundaries { get; } = boundaries;

    public int Count => Boundaries.Count - 1;

    public int Start(int token) => Boundaries[token];

    public int End(int token) => Boundaries[token + 1];

    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(Boundaries[token], Boundaries[token + 1] - Boundaries[token]);

    public string Token(int token) => Text.Substring(Boundaries[token], Boundaries[token + 1] - Boundaries[token]);

    public bool TokenEquals(int token, TokenText other, int otherToken) => Span(token).SequenceEqual(other.Span(otherToken));
}
