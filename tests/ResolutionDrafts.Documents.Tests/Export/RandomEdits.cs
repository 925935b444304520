using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Random edits of the kinds negotiators make: words reworded, added and cut, notes moved, paragraphs added, cut, moved and retyped.</summary>
internal static class RandomEdits
{
    private static readonly string[] EnglishWords = ["also", "further", "all States", "the Secretary-General", "in this regard", "2030", "70/1", "urgently", "reports", "—", "“the Convention”"];
    private static readonly string[] ChineseWords = ["还", "所有国家", "秘书长", "在这方面", "2030", "《公约》", "紧急", "报告"];

    public static Draft Apply(Draft old, Random random, int edits)
    {
        var draft = old.Clone();
        var words = DraftLanguage.IsChinese(draft.Language) ? ChineseWords : EnglishWords;
        var space = DraftLanguage.IsChinese(draft.Language) ? "" : " ";
        var counter = 0;
        for (var e = 0; e < edits; e++)
        {
            var nodes = draft.AllNodes().ToList();
            var node = nodes[random.Next(nodes.Count)];
            switch (random.Next(10))
            {
                case 0 or 1 or 2:
                    Reword(draft, node, random, words, space);
                    break;
                case 3:
                    var footnote = draft.Footnotes.Count == 0 ? null : draft.Footnotes[random.Next(draft.Footnotes.Count)];
                    var text = node.Text.Contains("[^", StringComparison.Ordinal) || footnote is null
                        ? System.Text.RegularExpressions.Regex.Replace(node.Text, @"\[\^[0-9]+\]", "")
                        : node.Text.Insert(random.Next(node.Text.Length + 1), $"[^{footnote.Number}]");
                    if (text.Trim().Length > 0)
                    {
                        draft.SetText(node.Id, text);
                    }

                    break;
                case 4:
                    draft.InsertParagraph(random.Next(2) == 0 ? ParagraphKind.Preambular : ParagraphKind.Operative,
                        $"Decides{space}{words[random.Next(words.Length)]}{space}{++counter};", random.Next(draft.Paragraphs.Count + 1));
                    break;
                case 5:
                    if (draft.Paragraphs.Count > 2)
                    {
                        draft.Delete(node.Id);
                    }

                    break;
                case 6:
                    draft.Move(draft.Paragraphs[random.Next(draft.Paragraphs.Count)].Id, random.Next(draft.Paragraphs.Count));
                    break;
                case 7:
                    draft.AddSubParagraph(draft.Paragraphs[random.Next(draft.Paragraphs.Count)].Id, $"To{space}{words[random.Next(words.Length)]};");
                    break;
                case 8:
                    var top = draft.Paragraphs[random.Next(draft.Paragraphs.Count)];
                    draft.SetParagraphKind(top.Id, top.Kind == ParagraphKind.Operative ? ParagraphKind.Preambular : ParagraphKind.Operative);
                    break;
                default:
                    var paragraph = draft.Paragraphs[random.Next(draft.Paragraphs.Count)];
                    draft.SetHeading(paragraph.Id, paragraph.Heading is null ? $"{counter++}. {words[random.Next(words.Length)]}" : null);
                    break;
            }
        }

        return draft;
    }

    private static void Reword(Draft draft, ParagraphNode node, Random random, string[] words, string space)
    {
        var text = node.Text;
        var at = random.Next(text.Length + 1);
        var cut = Math.Min(random.Next(0, 12), text.Length - at);
        var insert = random.Next(3) == 0 ? "" : space + words[random.Next(words.Length)] + space;
        var edited = text.Remove(at, cut).Insert(at, insert);
        if (edited.Trim().Length > 0)
        {
            draft.SetText(node.Id, edited);
        }
    }
}
