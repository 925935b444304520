using System.Globalization;
using System.Text;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using ResolutionDrafts.Domain.Style;

namespace ResolutionDrafts.Benchmarks.Export;

/// <summary>
/// A generated English draft of about 100 printed pages (400 paragraphs of about 1,000 characters,
/// a fifth of the operative ones with three sub-paragraphs, 60 footnotes of which some are
/// referenced twice), a revision of it with 1,000 changes, and the same content as Markdown for pandoc.
/// </summary>
internal static class ExportWorkload
{
    private static readonly string[] Preambular = ["Recalling", "Reaffirming", "Noting with concern", "Bearing in mind", "Recognizing", "Welcoming", "Deeply concerned", "Taking note", "Emphasizing", "Stressing"];
    private static readonly string[] Operative = ["Requests", "Urges", "Calls upon", "Decides", "Encourages", "Invites", "Reiterates its call upon", "Takes note with appreciation of", "Requests also", "Emphasizes"];
    private static readonly string[] Words =
    [
        "the", "Member States", "Secretary-General", "implementation", "of", "international", "cooperation", "development", "in", "accordance",
        "with", "the Charter", "and", "human rights", "sustainable", "including", "regional", "organizations", "resolution 70/1", "2030 Agenda",
        "to", "report", "on", "its", "eighty-first session", "relevant", "United Nations", "system", "capacity-building", "technical assistance",
        "consultation", "Governments", "civil society", "measures", "effective", "programmes", "support", "national", "legislation", "policies",
    ];

    public static Draft Draft(int paragraphs = 400, int footnotes = 60)
    {
        var random = new Random(42);
        var draft = Domain.Drafts.Draft.Create(DraftLanguage.English).Value!;
        draft.SetMetadata(new DraftMetadata
        {
            Body = "General Assembly", Committee = "Second Committee", Session = "Eightieth session", Symbol = "A/C.2/80/L.99",
            AgendaItem = new AgendaItem("18", "Sustainable development"), Distribution = "Limited", Date = "7 October 2025", OriginalLanguage = "en",
        });
        draft.SetTitle("Implementation of the outcome of the generated conference on sustainable development");
        draft.SetAuthorLine("The General Assembly,");
        foreach (var name in new[] { "Argentina", "Brazil", "Chile", "Denmark", "Egypt", "France", "Ghana", "Hungary", "India", "Japan" })
        {
            draft.AddSponsor(new Sponsor(name));
        }

        for (var n = 1; n <= footnotes; n++)
        {
            draft.AddFootnote(n, $"See A/80/{100 + n}, para. {n}.");
        }

        var note = 0;
        for (var i = 0; i < paragraphs; i++)
        {
            var operative = i >= paragraphs * 3 / 10;
            var opening = (operative ? Operative : Preambular)[random.Next(10)];
            var text = opening + " " + Sentence(random, 950) + (operative ? ";" : ",");
            if (i % 6 == 0)
            {
                // Most notes once, every fifth one again later.
                var number = note < footnotes ? ++note : random.Next(1, footnotes + 1);
                text = text.Insert(text.Length - 1, $"[^{number.ToString(CultureInfo.InvariantCulture)}]");
            }

            var id = $"p{i}";
            draft.InsertParagraph(operative ? ParagraphKind.Operative : ParagraphKind.Preambular, text, id: id, heading: operative && i % 60 == 0 ? $"Section {i / 60}" : null);
            if (operative && i % 5 == 0)
            {
                for (var s = 0; s < 3; s++)
                {
                    draft.AddSubParagraph(id, "To " + Sentence(random, 200) + ";");
                }
            }
        }

        return draft;
    }

    /// <summary>The draft with <paramref name="changes"/> edits: words replaced, inserted and cut, and some paragraphs added, deleted and moved.</summary>
    public static Draft Edited(Draft draft, int changes = 1000)
    {
        var random = new Random(7);
        var edited = draft.Clone();
        var made = 0;
        for (var i = 0; i < 10; i++, made += 3)
        {
            edited.InsertParagraph(ParagraphKind.Operative, "Decides " + Sentence(random, 400) + ";", random.Next(150, edited.Paragraphs.Count));
            edited.Delete(edited.Paragraphs[random.Next(edited.Paragraphs.Count)].Id);
            edited.Move(edited.Paragraphs[random.Next(edited.Paragraphs.Count)].Id, random.Next(edited.Paragraphs.Count));
        }

        var nodes = edited.AllNodes().ToList();
        for (; made < changes; made++)
        {
            var node = nodes[random.Next(nodes.Count)];
            var text = node.Text;
            var at = text.IndexOf(' ', random.Next(text.Length / 2, text.Length - 1));
            if (at < 0)
            {
                continue;
            }

            var end = text.IndexOf(' ', at + 1);
            var word = Words[random.Next(Words.Length)];
            text = random.Next(3) switch
            {
                0 => text.Insert(at, " " + word),
                1 when end > at => text.Remove(at, end - at),
                _ => end > at ? text.Remove(at + 1, end - at - 1).Insert(at + 1, word) : text.Insert(at, " " + word),
            };
            edited.SetText(node.Id, text);
        }

        return edited;
    }

    /// <summary>The same content as pandoc Markdown: italic opening phrases, numbered operative paragraphs, nested lists, footnotes.</summary>
    public static string Markdown(Draft draft)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(draft.Title).AppendLine();
        md.Append(SponsorsLine.Format(draft)).AppendLine().AppendLine();
        md.Append('*').Append(draft.AuthorLine.TrimEnd(',')).AppendLine("*,").AppendLine();
        var labels = ParagraphLabels.Compute(draft);
        foreach (var paragraph in draft.Paragraphs)
        {
            if (paragraph.Heading is { } heading)
            {
                md.Append("## ").AppendLine(heading).AppendLine();
            }

            var italic = OpeningPhrase.Length(paragraph.Text, "en");
            var text = $"*{paragraph.Text[..italic]}*{paragraph.Text[italic..]}";
            md.AppendLine(paragraph.Kind == ParagraphKind.Operative ? $"{labels[paragraph.Id].Marker} {text}" : text).AppendLine();
            foreach (var sub in paragraph.SubParagraphs)
            {
                md.Append("    ").Append(labels[sub.Id].Marker.Trim('(', ')')).Append(") ").AppendLine(sub.Text).AppendLine();
            }
        }

        foreach (var note in draft.Footnotes)
        {
            md.Append("[^").Append(note.Number).Append("]: ").AppendLine(note.Text);
        }

        return md.ToString();
    }

    private static string Sentence(Random random, int length)
    {
        var text = new StringBuilder(length + 20);
        while (text.Length < length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(' ');
        }

        return text.ToString().TrimEnd();
    }
}
