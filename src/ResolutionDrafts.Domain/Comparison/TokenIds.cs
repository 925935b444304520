namespace ResolutionDrafts.Domain.Comparison;

/// <summary>
/// Numbers tokens so the diff compares ints: a one-character token is its own code (Chinese text
/// needs no lookup and no allocation); longer tokens get ids above the BMP from a dictionary that
/// is searched by span, so only each distinct word is ever allocated as a string.
/// </summary>
internal sealed class TokenIds
{
    private const int FirstLongId = 0x10000;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TokenIds() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public int[] Map(TokenText text, int start, int end)
    {
        var result = new int[end - start];
        for (var t = start; t < end; t++)
        {
            result[t - start] = Id(text.Span(t));
        }

        return result;
    }

    public int Id(ReadOnlySpan<char> token)
    {
        if (token.Length == 1)
        {
            return token[0];
        }

        if (!lookup.TryGetValue(token, out var id))
        {
            id = FirstLongId + ids.Count;
            lookup[token] = id;
        }

        return id;
    }
}
