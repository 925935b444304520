using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Documents.Sponsors;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import;

/// <summary>How sure the importer is of one thing it recognised.</summary>
public enum ImportConfidence
{
    /// <summary>Something looks wrong: check it before creating the draft.</summary>
    Low,

    /// <summary>Probably right; a detail is worth a look.</summary>
    Medium,

    High,
}

/// <summary>One guess of the importer, how sure it is and why ("Operative paragraphs", Low, "3 of 9 do not end …").</summary>
public sealed record ImportGuess(string What, ImportConfidence Confidence, string Why);

/// <summary>
/// What a person should check before an imported document becomes a draft, worked out from the
/// result alone so it holds for any input: the counts, a confidence for each guess (language,
/// symbol, preamble, operative part, sub-paragraphs, footnotes, sponsors, lines read), the input
/// lines whose words appear nowhere in the result, and sponsors that are not on the list.
/// </summary>
public sealed partial class ImportReview
{
    /// <summary>At most this many unread lines are listed (the count is exact).</summary>
    public const int MaxListedLines = 50;

    private ImportReview()
    {
    }

    public int Preambular { get; private init; }

    public int Operative { get; private init; }

    public int SubParagraphs { get; private init; }

    public int Footnotes { get; private init; }

    /// <summary>The lines of every quotation a paragraph or sub-paragraph holds (ADR 0028); 0 when nothing is quoted.</summary>
    public int QuotedLines { get; private init; }

    /// <summary>The tables paragraphs hold (ADR 0029); 0 when there are none.</summary>
    public int Tables { get; private init; }

    /// <summary>The rows of those tables, header rows included.</summary>
    public int TableRows { get; private init; }

    public int Sponsors { get; private init; }

    /// <summary>The parts of a resolution in parts (A, B …); 0 for a draft in one part.</summary>
    public int Parts { get; private init; }

    /// <summary>The sections numbered from 1 again (budget resolutions: I, II …; ADR 0016); 0 when the numbers run straight through.</summary>
    public int Sections { get; private init; }

    public IReadOnlyList<ImportGuess> Guesses { get; private init; } = [];

    /// <summary>Input lines none (or too few) of whose words are in the draft: text the import dropped or did not understand.</summary>
    public IReadOnlyList<string> UnreadLines { get; private init; } = [];

    public int UnreadLineCount { get; private init; }

    /// <summary>
    /// Where each of <see cref="UnreadLines"/> stood (same order): its line's number in the file and, for one column of a masthead line
    /// whose other column was read, that whole line, so a delegate can find it (ADR 0040, amendment 1).
    /// </summary>
    public IReadOnlyList<UnreadText> UnreadPlaces { get; private init; } = [];

    /// <summary>Sponsor names kept as written because the Member States list does not know them.</summary>
    public IReadOnlyList<string> UnknownSponsors { get; private init; } = [];

    /// <summary>States of a recorded vote the Member States list does not know: shown as the file gives them (ADR 0034, amendment 3).</summary>
    public IReadOnlyList<string> UnknownVoters { get; private init; } = [];

    /// <summary>Footnote references placed by a guess or not found, where the text typed footnote numbers as plain digits.</summary>
    public IReadOnlyList<FootnoteDoubt> FootnoteDoubts { get; private init; } = [];

    /// <summary>
    /// Paragraphs that hold a second paragraph's opening words ("…, Recalling also …", "…; Requests …"): two read as one,
    /// perhaps, where line breaks were lost (ADR 0042). Listed so a delegate can check them and split one in the draft.
    /// </summary>
    public IReadOnlyList<ParagraphDoubt> ParagraphDoubts { get; private init; } = [];

    /// <summary>True when the document has no symbol: the person must give one before creating the draft.</summary>
    public bool NeedsSymbol { get; private init; }

    /// <summary>The lowest confidence of any guess.</summary>
    public ImportConfidence Confidence => Guesses.Count == 0 ? ImportConfidence.High : Guesses.Min(g => g.Confidence);

    /// <summary>True when a guess is Low: the structure looks wrong, and creating the draft should be a deliberate choice.</summary>
    public bool LooksWrong => Confidence == ImportConfidence.Low;

    [GeneratedRegex(@"\[\^[0-9]{1,9}\]")]
    private static partial Regex Reference();

    /// <summary>
    /// The number of another operative paragraph inside a paragraph's text: "… the need for 1. Decides …",
    /// "…谈判; 2. 欢迎…". Two paragraphs were merged into one.
    /// </summary>
    [GeneratedRegex(@"\s\d{1,3}\.\s+\p{Lu}\p{Ll}+s\b|(?<![\d./])\d{1,3}\.\s*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex EmbeddedNumber();

    internal static ImportReview Of(Draft draft, IReadOnlyList<string> sourceLines, IReadOnlyList<string> warnings, bool forcedLanguage, IReadOnlyList<FootnoteDoubt>? footnoteDoubts = null, IReadOnlyList<string>? record = null, int numberingDoubts = 0, bool operativeNumberingDoubt = false, IReadOnlyList<string>? unplaced = null, bool operativeNumberingFromWords = false)
    {
        var zh = DraftLanguage.IsChinese(draft.Language);
        var guesses = new List<ImportGuess>
        {
            new("Language", ImportConfidence.High, forcedLanguage ? $"{DraftLanguage.NameOf(draft.Language)}, as chosen" : $"{DraftLanguage.NameOf(draft.Language)}, recognised from the text"),
        };

        var symbol = draft.Metadata.Symbol?.Trim();
        var needsSymbol = string.IsNullOrEmpty(symbol);
        guesses.Add(needsSymbol
            ? new("Symbol", ImportConfidence.Medium, "none found in the text; give one below")
            : new("Symbol", ImportConfidence.High, $"{symbol}, from the masthead"));

        var parts = Domain.Numbering.PartLetters.Parts(draft.Paragraphs);
        if (parts.Count > 0)
        {
            var untitled = parts.Count(p => p.Part.Title.Length == 0);
            guesses.Add(new("Parts", untitled == 0 ? ImportConfidence.High : ImportConfidence.Medium,
                $"{parts.Count} ({string.Join(", ", parts.Select(p => p.Letter))}), each with its own paragraphs numbered from 1"
                + (untitled == 0 ? ", title and author line" : $"; {untitled} without a title")));
        }

        var preambular = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).ToList();
        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        var subs = draft.Paragraphs.SelectMany(p => p.Descendants()).ToList();
        var amendment = draft.Kind == DocumentKind.Amendment;
        var paragraphDoubts = new List<ParagraphDoubt>();
        var labels = preambular.Count + operative.Count > 0 ? Domain.Numbering.ParagraphLabels.Compute(draft) : null;
        if (preambular.Count > 0)
        {
            guesses.Add(Paragraphs("Preambular paragraphs", preambular, zh, wholeParagraphs: true, paragraphDoubts, labels));
        }

        if (operative.Count > 0)
        {
            // An amendment's instructions quote the words they insert: those may open as paragraphs do.
            guesses.Add(Paragraphs(amendment ? "Amendment instructions" : "Operative paragraphs", operative, zh, wholeParagraphs: !amendment, paragraphDoubts, amendment ? null : labels));
        }

        if (subs.Count > 0)
        {
            guesses.Add(Paragraphs("Sub-paragraphs", subs, zh, wholeParagraphs: false, paragraphDoubts, labels: null));
        }

        if (operativeNumberingDoubt || (operative.Count > 1 && draft.Metadata.OperativeNumbering is not null))
        {
            // Another body's operative numbering (ADR 0038), or one printed two ways: said, with the one kept.
            var described = Domain.Numbering.OperativeNumbering.Described(draft.Metadata.OperativeNumbering);
            // Letters or Roman numerals read from plain words could be the UN's sub-paragraphs or section headings (amendment 1).
            guesses.Add(operativeNumberingFromWords && !operativeNumberingDoubt
                ? new("Operative numbering", ImportConfidence.Medium, $"{described}, as the text numbers them; the UN numbers "
                    + (draft.Metadata.OperativeNumbering == Domain.Numbering.OperativeNumbering.Roman ? "its sections' headings" : "its sub-paragraphs") + " so: check (listed below)")
                : operativeNumberingDoubt
                ? new("Operative numbering", ImportConfidence.Medium, $"{described}; the text numbers them in more than one way (listed below)")
                : new("Operative numbering", ImportConfidence.High, $"{described}, as the text numbers them (not the UN's 1., 2.)"));
        }

        // Not the UN's also when nothing is stored: beneath lettered paragraphs "(i)" (ADR 0038 amendment 2).
        if (numberingDoubts > 0 || (subs.Count > 0 && !Domain.Numbering.SubParagraphNumbering.From(draft.Metadata).IsUn))
        {
            // Another body's numbering (ADR 0036), or lists numbered two ways: said, not left to be found in the labels.
            var numbering = Domain.Numbering.SubParagraphNumbering.From(draft.Metadata);
            var levels = string.Join(", then ", Enumerable.Range(1, Math.Max(1, numbering.Levels.Count)).Select(d => $"{numbering.Marker(d, 1)}, {numbering.Marker(d, 2)} …"));
            guesses.Add(numberingDoubts > 0
                ? new("Sub-paragraph numbering", ImportConfidence.Medium, $"{levels}; lists numbered in more than one way ({numberingDoubts}, listed below)")
                : new("Sub-paragraph numbering", ImportConfidence.High, $"{levels}, as the text numbers them (not the UN's (a), (i))"));
        }

        guesses.Add(FootnoteGuess(draft));
        footnoteDoubts ??= [];
        if (footnoteDoubts.Count > 0)
        {
            guesses.Add(new("Footnote references", footnoteDoubts.Min(d => d.Confidence),
                $"{footnoteDoubts.Count} {(footnoteDoubts.Count == 1 ? "reference" : "references")} typed as plain digits, placed by a guess or not found (listed below): "
                + $"{(footnoteDoubts.Count == 1 ? "footnote" : "footnotes")} {string.Join(", ", footnoteDoubts.Select(d => d.Number).Take(8))}"));
        }

        var unknown = draft.Sponsors.Select(s => s.Name).Where(n => !MemberStates.IsKnown(n)).ToList();
        guesses.Add(SponsorGuess(draft, unknown));

        // The States of a recorded vote (ADR 0034, amendment 3): shown by the list's names, so a name it does not know is said.
        var voters = draft.Metadata.Vote?.Counts.Sum(c => c.Voters.Count) ?? 0;
        var unknownVoters = VoterNames.NotListed(draft.Metadata.Vote);
        if (voters > 0)
        {
            guesses.Add(unknownVoters.Count == 0
                ? new("States in the vote", ImportConfidence.High, $"{voters}, each on the list of Member States")
                : new("States in the vote", ImportConfidence.Medium,
                    $"{unknownVoters.Count} {(unknownVoters.Count == 1 ? "name is" : "names are")} not on the list of Member States and will be shown as the file gives {(unknownVoters.Count == 1 ? "it" : "them")}: {string.Join(", ", unknownVoters.Take(8))}"));
        }

        var unread = Unread(draft, sourceLines, zh, out var readable, record ?? [], unplaced ?? []);
        guesses.Add(unread.Count == 0
            ? new("Lines read", ImportConfidence.High, readable == 0 ? "the file's structure was read as marked" : $"every one of {readable} lines with words is in the draft")
            : new("Lines read", unread.Count * 10 > readable ? ImportConfidence.Low : ImportConfidence.Medium,
                $"{unread.Count} of {readable} lines with words are not in the draft (listed below)"));

        if (warnings.Count > 0 && guesses.All(g => g.Confidence == ImportConfidence.High))
        {
            guesses.Add(new("Warnings", ImportConfidence.Medium, $"{warnings.Count} to read below"));
        }

        return new ImportReview
        {
            Preambular = preambular.Count,
            Operative = operative.Count,
            SubParagraphs = subs.Count,
            QuotedLines = draft.AllNodes().Sum(n => n.Quotation.Count),
            Tables = draft.AllNodes().Count(n => n.Table is not null),
            TableRows = draft.AllNodes().Sum(n => n.Table?.Rows.Count ?? 0),
            Footnotes = draft.Footnotes.Count,
            Sponsors = draft.Sponsors.Count,
            Parts = parts.Count,
            Sections = draft.Paragraphs.Count(p => p.OpensSection),
            Guesses = guesses,
            UnreadLines = [.. unread.Take(MaxListedLines).Select(u => u.Text)],
            UnreadPlaces = [.. unread.Take(MaxListedLines)],
            UnreadLineCount = unread.Count,
            UnknownSponsors = unknown,
            UnknownVoters = unknownVoters,
            FootnoteDoubts = footnoteDoubts,
            ParagraphDoubts = paragraphDoubts,
            NeedsSymbol = needsSymbol,
        };
    }

    /// <summary>
    /// A paragraph ends with its closing punctuation (or "and"/"or" before the last item), and a
    /// whole paragraph does not begin in the middle of a sentence (lower case, in English). A
    /// paragraph cut by a line break, or two merged at the wrong place, breaks one of the two. Two merged where line breaks
    /// were lost may also show as a paragraph holding another's number, or another's opening words (listed; ADR 0042) — looked
    /// for when <paramref name="labels"/> are given.
    /// </summary>
    private static ImportGuess Paragraphs(string what, IReadOnlyList<ParagraphNode> nodes, bool zh, bool wholeParagraphs, List<ParagraphDoubt> doubts, IReadOnlyDictionary<string, Domain.Numbering.ParagraphLabel>? labels)
    {
        var open = 0;
        var midSentence = 0;
        var merged = 0;
        var opening = 0;
        foreach (var node in nodes)
        {
            var text = Reference().Replace(node.Text, "").Trim();
            if (text.Length == 0 || text == "…")
            {
                continue; // a lead-in left empty: its sub-paragraphs carry the text
            }

            if (!IsClosed(text))
            {
                open++;
            }

            if (wholeParagraphs && !zh && char.IsLower(text[0]))
            {
                midSentence++;
            }

            if (EmbeddedNumber().IsMatch(text))
            {
                merged++;
            }
            else if (labels is not null && MergedParagraphs.SecondOpening(text, node is Paragraph { Kind: ParagraphKind.Preambular }, zh) is { } phrase)
            {
                opening++;
                doubts.Add(new ParagraphDoubt(labels.TryGetValue(node.Id, out var label) ? label.Label : node.Id, FirstWords(text, zh), phrase));
            }
        }

        merged += opening;
        var bad = Math.Max(Math.Max(open, midSentence), merged);
        var count = $"{nodes.Count}";
        if (bad == 0)
        {
            return new(what, ImportConfidence.High, $"{count}, each a whole paragraph");
        }

        var why = string.Join("; ", new[]
        {
            open > 0 ? $"{open} of {count} do not end as a paragraph ends ({(zh ? "，；：。" : ", ; : .")})" : null,
            midSentence > 0 ? $"{midSentence} of {count} begin in the middle of a sentence" : null,
            merged > opening ? $"{merged - opening} of {count} hold another paragraph's number inside (paragraphs merged)" : null,
            opening > 0 ? $"{opening} of {count} {(opening == 1 ? "holds" : "hold")} another paragraph's opening words inside (paragraphs merged? listed below)" : null,
        }.Where(s => s is not null));
        if (merged > 0 && merged * 2 >= nodes.Count)
        {
            return new(what, ImportConfidence.Low, why);
        }

        return new(what, bad * 10 <= nodes.Count || bad == 1 && nodes.Count >= 4 ? ImportConfidence.Medium : ImportConfidence.Low, why);
    }

    /// <summary>A paragraph's first words, to find it by: about eight words, or twenty characters of Chinese.</summary>
    private static string FirstWords(string text, bool zh)
    {
        if (zh)
        {
            var end = 20;
            while (end < text.Length && InSymbol(text[end - 1]) && InSymbol(text[end]))
            {
                end++; // not in the middle of a symbol or number: "第74/199号"
            }

            return end >= text.Length ? text : text[..end] + "……";
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? text : string.Join(' ', words.Take(8)) + " …";
    }

    private static bool InSymbol(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-';

    private static bool IsClosed(string text)
    {
        var end = text.TrimEnd('”', '"', '’', '\'', '»', '」', '』', ')', '）', ' ');
        var number = end.TrimEnd("0123456789".ToCharArray());
        if (number.Length < end.Length && number.Length > 0 && number[^1] is ',' or ';' or '.' or '，' or '；' or '。')
        {
            end = number; // a footnote number the text kept as typed ("报告,1"): the paragraph did end
        }

        if (end.Length == 0)
        {
            return true;
        }

        if (end[^1] is ',' or ';' or ':' or '.' or '，' or '；' or '：' or '。' or '、' or '!' or '?' or '…')
        {
            return true;
        }

        // "…; and" / "…; or" before the last sub-paragraph; "和"/"或" likewise in Chinese.
        return end.EndsWith(" and", StringComparison.Ordinal) || end.EndsWith(" or", StringComparison.Ordinal) || end.EndsWith('和') || end.EndsWith('或');
    }

    private static ImportGuess FootnoteGuess(Draft draft)
    {
        var texts = new List<string> { draft.Title, draft.AuthorLine };
        texts.AddRange(draft.Paragraphs.SelectMany(p => p.Descendants().Select(d => d.Text).Prepend(p.Text).Append(p.Heading ?? "")));
        var referenced = texts.SelectMany(Domain.Drafts.FootnoteReferences.NumbersIn).ToHashSet();
        var unreferenced = draft.Footnotes.Where(f => !referenced.Contains(f.Number)).Select(f => f.Number).ToList();
        var missing = referenced.Where(n => draft.Footnotes.All(f => f.Number != n)).Order().ToList();
        if (draft.Footnotes.Count == 0 && missing.Count == 0)
        {
            return new("Footnotes", ImportConfidence.High, "none in the text");
        }

        if (unreferenced.Count == 0 && missing.Count == 0)
        {
            return new("Footnotes", ImportConfidence.High, $"{draft.Footnotes.Count}, each referred to in the text");
        }

        var why = string.Join("; ", new[]
        {
            unreferenced.Count > 0 ? $"{unreferenced.Count} of {draft.Footnotes.Count} referred to nowhere ({string.Join(", ", unreferenced.Take(8))})" : null,
            missing.Count > 0 ? $"references to footnotes that are not there ({string.Join(", ", missing.Take(8))})" : null,
        }.Where(s => s is not null));
        // A note referred to nowhere may be referred to from an annex left out; a reference to a missing note is a mistake.
        return new("Footnotes", missing.Count > 0 ? ImportConfidence.Low : ImportConfidence.Medium, why);
    }

    private static ImportGuess SponsorGuess(Draft draft, IReadOnlyList<string> unknown)
    {
        if (draft.Sponsors.Count == 0)
        {
            return draft.Kind.IsAdopted()
                ? new("Sponsors", ImportConfidence.High, $"none: an adopted {(draft.Kind.IsDecision() ? "decision" : "resolution")} does not list them")
                : draft.Metadata.SubmittedBy is { Length: > 0 } by
                    ? new("Sponsors", ImportConfidence.High, $"none: submitted by {by}")
                    : new("Sponsors", ImportConfidence.Medium, "none found");
        }

        if (unknown.Count == 0)
        {
            return new("Sponsors", ImportConfidence.High, $"{draft.Sponsors.Count}, all on the list of Member States and observers");
        }

        // A name off the list is worth a look, not a sign of a wrong structure (a proposer that is no State, "the Chair of
        // the Committee", is read as who submitted the text, DraftMetadata.SubmittedBy, and is not a sponsor).
        return new("Sponsors", ImportConfidence.Medium,
            $"{unknown.Count} of {draft.Sponsors.Count} not on the list of Member States and observers: {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? " …" : "")}");
    }

    /// <summary>
    /// The input lines whose words are (mostly) missing from the draft as it would print: words of
    /// two letters or more, and pairs of Chinese characters, so a line counts as read wherever its
    /// text went (paragraph, footnote, masthead, sponsors line). Page furniture is not text. A line whose words are read
    /// may still hold a masthead column the reader placed nowhere (<paramref name="unplaced"/>: "Restricted" beside the date
    /// of issue that was read): that column is listed, never hidden behind the other. Only the front matter's lines are
    /// looked at so, as the reader found them; a table's row, whose cells are read whole, is not.
    /// </summary>
    private static List<UnreadText> Unread(Draft draft, IReadOnlyList<string> sourceLines, bool zh, out int readable, IReadOnlyList<string> record, IReadOnlyList<string> unplaced)
    {
        var pending = unplaced.Select(Collapse).Where(c => Tokens(c).Any()).ToList();
        // The closing record the reader left out and said so in a warning (ParsedDocument.Record) is not listed again.
        var leftOut = record.Select(Collapse).ToHashSet(StringComparer.Ordinal);
        readable = 0;
        var unread = new List<UnreadText>();
        if (sourceLines.Count == 0)
        {
            return unread;
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in DraftTexts(draft))
        {
            foreach (var token in Tokens(text))
            {
                known.Add(token);
            }

            foreach (var c in text)
            {
                if (TextChars.IsCjk(c))
                {
                    known.Add(c.ToString()); // a hard-wrapped line's last character alone ("布；")
                }
            }
        }

        for (var number = 1; number <= sourceLines.Count; number++)
        {
            var line = sourceLines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith("# source:", StringComparison.Ordinal)
                || Furniture.IsPageMark(line) || Furniture.IsUrl(line) || Furniture.IsRule(line) || Furniture.IsSymbol(line))
            {
                continue;
            }

            var tokens = Tokens(line).ToList();
            if (tokens.Count == 0 || leftOut.Contains(Collapse(line)))
            {
                continue;
            }

            readable++;
            var found = tokens.Count(known.Contains);
            var cells = pending.Count == 0 ? [] : Cells(line).Where(pending.Contains).ToList();
            foreach (var cell in cells)
            {
                pending.Remove(cell);
            }

            if (cells.Count > 0)
            {
                // The reader read the other column: only these are not in the draft, each with the line it stood on.
                var whole = string.Join(" | ", ColumnGap().Split(line).Select(Collapse).Where(c => c.Length > 0));
                unread.AddRange(cells.Select(c => new UnreadText(c, number, c == Collapse(line) ? null : whole)));
            }
            else if (found * 2 < tokens.Count)
            {
                unread.Add(new UnreadText(line.Length > 300 ? line[..300] + "…" : line, number, null));
            }
        }

        return unread;
    }

    [GeneratedRegex(@"\t| {6,}")]
    private static partial Regex ColumnGap();

    /// <summary>A line as the front matter's reader may have cut it: whole, or its columns (tabs, or six spaces or more).</summary>
    private static IEnumerable<string> Cells(string line) =>
        ColumnGap().Split(line).Select(Collapse).Where(c => c.Length > 0).Prepend(Collapse(line)).Distinct(StringComparer.Ordinal);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> DraftTexts(Draft draft)
    {
        var marks = new FootnoteMarks([]);
        foreach (var line in PrintedDraft.Lines(draft, new DocxExportOptions(), marks))
        {
            yield return line.Text;
        }

        foreach (var footnote in draft.Footnotes)
        {
            yield return footnote.Text;
        }

        // A table's cells, row by row (ADR 0029): a PDF prints a row as one line.
        foreach (var table in draft.AllNodes().Select(n => n.Table).OfType<DraftTable>())
        {
            foreach (var row in table.Rows)
            {
                yield return string.Join(" ", row.Cells.Select(c => c.Text));
            }
        }

        foreach (var sponsor in draft.Sponsors)
        {
            yield return sponsor.Name + " " + sponsor.OnBehalfOf;
        }

        var m = draft.Metadata;
        yield return string.Join(' ', m.Body, m.Committee, m.Session, m.PlaceAndDates, m.AgendaItem?.Title, m.Date, m.Distribution, m.OriginalLanguage, m.AmendsSymbol);
        // The masthead's fixed words, in both languages, as any document prints them.
        yield return "United Nations Distr General Limited Original English Chinese French Spanish Russian Arabic Agenda item session draft resolution revised decision";
        yield return "联合国 分发 一般 限制 原文 英文 中文 议程项目 届会 决议草案 决定草案 修订";
    }

    /// <summary>Lower-case Latin words of two letters or more; pairs of adjacent CJK characters (a single one alone).</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextChars.IsCjk(c))
            {
                var start = i;
                while (i < text.Length && TextChars.IsCjk(text[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    yield return text.Substring(start, 1);
                }

                for (var k = start; k + 1 < i; k++)
                {
                    yield return text.Substring(k, 2);
                }
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]) && !TextChars.IsCjk(text[i]))
                {
                    i++;
                }

                if (i - start >= 2)
                {
                    yield return text[start..i].ToLowerInvariant();
                }
            }
            else
            {
                i++;
            }
        }
    }
}

/// <summary>
/// A paragraph that holds a second paragraph's opening words (ADR 0042): its label ("PP3", "OP4"), its first words, and the
/// opening found inside it ("Recalling also", "Requests"; in Chinese the openers found, "回顾、重申、注意到、认识到、欢迎").
/// </summary>
public sealed record ParagraphDoubt(string Label, string FirstWords, string Phrase);

/// <summary>
/// Text of the file that is not in the draft: a whole line, or one column of a masthead line whose other column was read; with the
/// number of the line it stood on (from 1, as the file's lines or a Word file's paragraphs run) and, for a column, that whole line with
/// its columns set apart by " | " (ADR 0040, amendment 1).
/// </summary>
public sealed record UnreadText(string Text, int LineNumber, string? Line);
