using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Random proposals made from a real draft the way delegations edit: words and phrases deleted,
/// replaced or inserted (taken from the draft's own text), punctuation touched, and sometimes a
/// stray character anywhere; paragraphs and sub-paragraphs deleted, added, moved, changed in kind
/// or given headings.
/// </summary>
internal sealed class RandomProposals(Random random)
{
    private int counter;

    public Draft Propose(Draft original, int edits, bool structure)
    {
        var draft = original.Clone();
        var vocabulary = Vocabulary(original);
        for (var e = 0; e < edits; e++)
        {
            var nodes = draft.AllNodes().ToList();
            var choice = structure ? random.Next(12) : random.Next(5);
            if (nodes.Count == 0 || choice >= 10)
            {
                Insert(draft, vocabulary);
                continue;
            }

            var node = nodes[random.Next(nodes.Count)];

            // Edits the draft refuses (too deep, already first) are simply not made.
            switch (choice)
            {
                case < 4:
                    draft.SetTextAsTyped(node.Id, EditWords(node.Text, vocabulary, DraftLanguage.IsChinese(draft.Language)));
                    break;
                case 4:
                    draft.SetTextAsTyped(node.Id, Stray(node.Text));
                    break;
                case 5:
                    draft.Delete(node.Id);
                    break;
                case 6:
                    draft.Move(node.Id, random.Next(Siblings(draft, node.Id)));
                    break;
                case 7:
                    draft.AddSubParagraph(node.Id, Phrase(vocabulary, 3, 12), index: 0, id: NewId());
                    break;
                case 8:
                    draft.SetParagraphKind(node.Id, random.Next(2) == 0 ? ParagraphKind.Operative : ParagraphKind.Preambular);
                    break;
                default:
                    draft.SetHeading(node.Id, random.Next(2) == 0 ? null : "II. " + Phrase(vocabulary, 1, 4));
                    break;
            }
        }

        return draft;
    }

    private void Insert(Draft draft, IReadOnlyList<string> vocabulary)
    {
        var kind = random.Next(2) == 0 ? ParagraphKind.Operative : ParagraphKind.Preambular;
        draft.InsertParagraph(kind, Phrase(vocabulary, 3, 15), random.Next(draft.Paragraphs.Count + 1), NewId());
    }

    /// <summary>Deletes, replaces or inserts a run of whole words (single Chinese characters in Chinese).</summary>
    private string EditWords(string text, IReadOnlyList<string> vocabulary, bool chinese)
    {
        var words = chinese ? text.Select(c => c.ToString()).ToList() : text.Split(' ').ToList();
        var at = random.Next(words.Count + 1);
        var length = Math.Min(random.Next(1, chinese ? 7 : 4), words.Count - at);
        var replacement = Enumerable.Range(0, random.Next(1, chinese ? 6 : 4)).Select(_ => Word(vocabulary, chinese)).ToList();
        switch (random.Next(4))
        {
            case 0 when length > 0 && words.Count > length:
                words.RemoveRange(at, length);
                break;
            case 1 when length > 0:
                words.RemoveRange(at, length);
                words.InsertRange(at, replacement);
                break;
            case 2:
                words.InsertRange(at, replacement);
                break;
            default:
                // Punctuation: a comma after a word, or one taken away.
                var i = random.Next(words.Count);
                words[i] = words[i].EndsWith(',') || words[i].EndsWith('，') ? words[i][..^1] : words[i] + (chinese ? "，" : ",");
                break;
        }

        var result = string.Join(chinese ? "" : " ", words);
        return result.Trim().Length == 0 ? text : result;
    }

    /// <summary>Any character anywhere: spaces doubled, letters inside words, marks. The round trip must stay exact.</summary>
    private string Stray(string text)
    {
        string[] strays = [" ", "  ", "a", "-", "“", "”", "的", "'", "e\u0301", "2030", "、"];
        var at = random.Next(text.Length + 1);
        var length = Math.Min(random.Next(0, 3), text.Length - at);
        var result = text.Remove(at, length).Insert(at, strays[random.Next(strays.Length)]);
        return result.Trim().Length == 0 ? text : result;
    }

    private string Word(IReadOnlyList<string> vocabulary, bool chinese)
    {
        var word = vocabulary[random.Next(vocabulary.Count)];
        return chinese && word.Length > 1 ? word[random.Next(word.Length)].ToString() : word;
    }

    private string Phrase(IReadOnlyList<string> vocabulary, int min, int max) =>
        string.Join(" ", Enumerable.Range(0, random.Next(min, max)).Select(_ => vocabulary[random.Next(vocabulary.Count)])) + ";";

    private static int Siblings(Draft draft, string id) =>
        draft.Paragraphs.Any(p => p.Id == id)
            ? draft.Paragraphs.Count
            : draft.AllNodes().First(n => n.SubParagraphs.Any(s => s.Id == id)).SubParagraphs.Count;

    private static List<string> Vocabulary(Draft draft) =>
        draft.AllNodes().SelectMany(n => n.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();

    private string NewId() => $"x{++counter}";
}
