using System.Text;

namespace ResolutionDrafts.Precedents.Tests;

/// <summary>
/// What negotiation does to a paragraph, at random (seeded): words replaced, inserted or cut
/// (English), or characters (Chinese). Replacement words and characters come from other corpus
/// paragraphs, so an edit reads like real drafting vocabulary rather than noise.
/// </summary>
internal sealed class TextEdits(Random random, IReadOnlyList<string> vocabulary)
{
    /// <summary>The English text with <paramref name="edits"/> words replaced, inserted or deleted.</summary>
    public string Words(string text, int edits)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0:
                    words[at] = Other(words[at]);
                    break;
                case 1:
                    words.Insert(at, Other(""));
                    break;
                default:
                    if (words.Count > 2)
                    {
                        words.RemoveAt(at);
                    }

                    break;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The Chinese text with <paramref name="edits"/> characters replaced, inserted or deleted.</summary>
    public string Characters(string text, int edits)
    {
        var chars = new StringBuilder(text);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(chars.Length);
            var other = Other("")[0];
            switch (random.Next(3))
            {
                case 0:
                    chars[at] = other;
                    break;
                case 1:
                    chars.Insert(at, other);
                    break;
                default:
                    chars.Remove(at, 1);
                    break;
            }
        }

        return chars.ToString();
    }

    private string Other(string not)
    {
        while (true)
        {
            var word = vocabulary[random.Next(vocabulary.Count)];
            if (!string.Equals(word, not, StringComparison.OrdinalIgnoreCase))
            {
                return word;
            }
        }
    }
}
