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

    public int[] Map(TokenText text)
    {
        var result = new int[text.Count];
        var boundaries = text.Boundaries;
        var chars = text.Text.AsSpan();
        for (var t = 0; t < result.Length; t++)
        {
            var start = boundaries[t];
            var length = boundaries[t + 1] - start;
            result[t] = length == 1 ? chars[start] : Id(chars.Slice(start, length));
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
