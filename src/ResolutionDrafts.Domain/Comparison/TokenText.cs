namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// A text and its tokens: <c>Boundaries[t]</c> is where token t starts and <c>Boundaries[t + 1]</c>
/// where it ends, as offsets into <see cref="Text"/> (which may hold more than the tokens cover).
/// </summary>
internal sealed class TokenText(string text, int[] boundaries, int boundaryCount)
{
    public string Text { get; } = text;

    public int Count { get; } = boundaryCount - 1;

    /// <summary>Count + 1 offsets: each token's start, then the end of the last.</summary>
    public ReadOnlySpan<int> Boundaries => boundaries.AsSpan(0, Count + 1);

    public int Start(int token) => boundaries[token];

    public int End(int token) => boundaries[token + 1];

    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(boundaries[token], boundaries[token + 1] - boundaries[token]);

    public string Token(int token) => Text.Substring(boundaries[token], boundaries[token + 1] - boundaries[token]);
}
