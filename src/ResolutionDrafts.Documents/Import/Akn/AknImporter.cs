using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>
/// Imports Akoma Ntoso (AKN4UN) XML as the UN publishes it: cover page and preface for the
/// masthead and title, the enacting formula as author line, preamble containers as preambular
/// paragraphs, mainBody paragraphs (with list/intro/point) as operative paragraphs, authorial
/// notes as footnotes. Elements are matched by local name, so any AKN namespace version reads.
/// </summary>
internal static partial class AknImporter
{
    public static ParsedDocument Import(string xml, string? language) => Import(Load(xml), language);

    /// <summary>A document already parsed; it is only read, never changed.</summary>
    public static ParsedDocument Import(XDocument xml, string? language)
    {
        var root = xml.Root ?? throw new ImportRefusedException("not an Akoma Ntoso document (no root element)");
        if (root.Name.LocalName != "akomaNtoso")
        {
            throw new ImportRefusedException("not an Akoma Ntoso document (the root element is not akomaNtoso)");
        }

        var document = root.Elements().FirstOrDefault(e => e.Name.LocalName != "components") ?? throw new ImportRefusedException("the Akoma Ntoso file holds no document");
        var declared = AknMetadata.Language(document);
        var lang = language ?? declared ?? LanguageDetector.Detect(root.Value);
        string? mislabelled = null;
        if (language is null && lang is not (DraftLanguage.English or DraftLanguage.Chinese))
        {
            // Chinese text decides over the label: the corpus has a Chinese file whose FRBRlanguage says Spanish.
            lang = LanguageDetector.Identify(root.Value) == DraftLanguage.Chinese ? DraftLanguage.Chinese : throw LanguageDetector.Refusal(lang);
            mislabelled = $"The file says it is in {LanguageDetector.Name(declared!)}, but its text is in {LanguageDetector.Name(lang)}; it was read as {LanguageDetector.Name(lang)}.";
        }

        var doc = new ParsedDocument { Language = lang };
        if (mislabelled is not null)
        {
            doc.Warnings.Add(mislabelled);
        }

        var parts = Parts(root, document);
        // In a resolution in parts the notes are numbered through all of them, so they are read from the whole file.
        var text = new AknText(parts is null ? document : root, lang);
        AknMetadata.Read(document, text, doc);
        XElement? formula;
        if (parts is null)
        {
            formula = ReadStatement(document, text, doc);
        }
        else
        {
            formula = ReadParts(parts, text, doc);
        }

        foreach (var note in text.Notes)
        {
            var noteText = text.NoteText(note);
            if (noteText.Length > 0)
            {
                doc.Footnotes[text.NumberOf(note)] = noteText;
            }
        }

        // A later reference the file left as a typed digit is read as the same text from a PDF reads it.
        Text.FootnoteReferences.ApplyTypedRepeats(doc);

        if (formula is null && doc.Kind != DocumentKind.Amendment && !doc.Kind.IsDecision())
        {
            // A decision in one sentence has none: "The General Assembly decides …" is its text (ADR 0022).
            throw new ImportRefusedException("no author line found (the preamble has no formula)");
        }

        doc.Paragraphs.RemoveAll(p => p.Text.Length == 0 && p.Children.Count == 0 && p.Part is null);
        if (!doc.Paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            throw new ImportRefusedException("no operative paragraphs found (mainBody has no paragraph)");
        }

        return doc;
    }

    /// <summary>
    /// A resolution in parts (75/101 A and B, each with its own title, author line and paragraphs) is a
    /// documentCollection whose collectionBody refers to components, each holding one statement; the UN's
    /// files put the components beside the collection. Null for a document in one part.
    /// </summary>
    private static List<XElement>? Parts(XElement root, XElement document)
    {
        if (document.Name.LocalName != "documentCollection")
        {
            return null;
        }

        var components = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var inOrder = new List<XElement>();
        foreach (var component in document.Descendants().Concat(root.Elements().Where(e => e.Name.LocalName == "components").SelectMany(e => e.Descendants()))
                     .Where(e => e.Name.LocalName == "component"))
        {
            if (component.Elements().FirstOrDefault(c => c.Name.LocalName is "statement" or "doc" or "bill") is { } statement)
            {
                components.TryAdd((string?)component.Attribute("eId") ?? "", statement);
                inOrder.Add(statement);
            }
        }

        var refs = document.Descendants().Where(e => e.Name.LocalName == "documentRef").Select(e => (string?)e.Attribute("href") ?? "").ToList();
        var statements = refs.Count > 0 && refs.TrueForAll(r => components.ContainsKey(r.TrimStart('#')))
            ? refs.Select(r => components[r.TrimStart('#')]).ToList()
            : inOrder;
        if (statements.Count == 0)
        {
            var named = refs.Count > 0 ? $" ({string.Join(", ", refs)})" : "";
            throw new ImportRefusedException($"a collection of documents whose parts{named} are not in the file");
        }

        return statements;
    }

    /// <summary>
    /// Each part's paragraphs after the last's, the first of them opening the part with the title and
    /// author line of the part's preface and formula. Returns the first part's formula (the draft's author line).
    /// </summary>
    private static XElement? ReadParts(List<XElement> statements, AknText text, ParsedDocument doc)
    {
        XElement? first = null;
        var letters = new List<string>();
        if (statements.Exists(s => ((string?)s.Attribute("name"))?.ToLowerInvariant() == "resolution"))
        {
            doc.Kind = DocumentKind.AdoptedResolution;
        }

        foreach (var statement in statements)
        {
            var before = doc.Paragraphs.Count;
            var formula = ReadStatement(statement, text, doc);
            first ??= formula;
            var preface = Child(statement, "preface");
            var letter = preface?.Descendants().FirstOrDefault(e => e.Name.LocalName == "docNumber") is { } number ? text.Of(number).Trim().TrimEnd('.') : "";
            letters.Add(letter);
            var title = preface?.Descendants().FirstOrDefault(e => e.Name.LocalName == "docTitle") is { } t ? text.Of(t) : "";
            if (doc.Paragraphs.Count == before)
            {
                doc.Warnings.Add($"Part {(letter.Length > 0 ? letter : (letters.Count).ToString(System.Globalization.CultureInfo.InvariantCulture))} has no paragraphs; it was left out.");
                continue;
            }

            if (title.Length == 0 && preface is not null)
            {
                // A preface with the letter and the title in one p and no docTitle: the words after the letter.
                title = text.Of(preface).Trim();
                title = letter.Length > 0 && title.StartsWith(letter, StringComparison.Ordinal) ? title[letter.Length..].TrimStart('.', ' ') : title;
            }

            // Each part ends with its meeting (ADR 0034, amendment 2): kept on the part; one the same as the draft's (the last
            // part's, AknMetadata) is dropped by DraftBuilder.
            var (meeting, date) = AknMetadata.MeetingOf(statement, text, inside: true);
            doc.Paragraphs[before].Part = new DraftPart(title, formula is null ? "" : text.Of(formula)) { MeetingLine = meeting, MeetingDate = date };
        }

        var expected = Enumerable.Range(1, letters.Count).Select(ResolutionDrafts.Domain.Numbering.PartLetters.Letter).ToList();
        if (!letters.SequenceEqual(expected))
        {
            doc.Warnings.Add($"The parts are lettered {string.Join(", ", letters.Select(l => l.Length == 0 ? "(none)" : l))} in the file; the draft letters them {string.Join(", ", expected)} in order.");
        }

        return first;
    }

    /// <summary>One resolution (or one part of one): its preamble and body into <paramref name="doc"/>; returns its formula.</summary>
    private static XElement? ReadStatement(XElement document, AknText text, ParsedDocument doc)
    {
        var preamble = Child(document, "preamble");
        var formula = preamble?.Elements().FirstOrDefault(e => e.Name.LocalName == "formula");
        if (doc.AuthorLine.Length == 0)
        {
            doc.AuthorLine = text.Of(formula);
        }

        // In a resolution in parts, this part's paragraphs start here: a sub-paragraph or typed number never reaches back into the part before.
        var from = doc.Paragraphs.Count;
        ReadPreamble(preamble, doc, text, from, afterBody: false);

        var body = Child(document, "mainBody") ?? Child(document, "body");
        var firstNumbers = 0;
        string? trailingHeading = null;
        var holders = new Dictionary<XElement, ParsedNode>();
        AknTables.JoinCaptionedRuns(body, text);
        ReadBody(body, doc, text, from, ref firstNumbers, ref trailingHeading, holders,
            beforePreamble: body is not null && document.Elements().SkipWhile(e => e != body).Skip(1).Any(e => e.Name.LocalName == "preamble"));

        if (doc.Kind.IsDecision() && body is not null && doc.Paragraphs.Count == from)
        {
            // A decision in one sentence marked as the body's own text (<mainBody><p>…</p>) rather than as a paragraph.
            var sentence = new ParsedNode(ParagraphKind.Operative, 0);
            sentence.Text.Append(LineJoiner.Join(body.Elements().Where(e => e.Name.LocalName == "p").Select(e => text.Of(e).Trim()).Where(t => t.Length > 0), DraftLanguage.IsChinese(doc.Language)));
            if (sentence.Text.Length > 0)
            {
                doc.Paragraphs.Add(sentence);
            }
        }

        // Some files split one statement into several preamble and mainBody elements (75/161, 75/211, 75/234, 75/237 in
        // Chinese): a preambular paragraph left unnumbered in a mainBody, an operative one with its number typed in a
        // preamble. Every part is read, in order, so that no paragraph is lost.
        var parts = document.Elements().Where(e => e.Name.LocalName is "preamble" or "mainBody" or "body").ToList();
        for (var i = parts.IndexOf(body ?? preamble!) + 1; i > 0 && i < parts.Count; i++)
        {
            if (parts[i].Name.LocalName == "preamble")
            {
                ReadPreamble(parts[i], doc, text, from, afterBody: true);
            }
            else
            {
                ReadBody(parts[i], doc, text, from, ref firstNumbers, ref trailingHeading, holders, beforePreamble: parts.Skip(i + 1).Any(p => p.Name.LocalName == "preamble"));
            }
        }

        if (body is not null && parts.IndexOf(body) + 1 < parts.Count)
        {
            doc.Warnings.Add("The file splits the resolution into several preambles and operative parts; they were read in order as one.");
        }

        // Empty paragraphs go now, so that the first one left can open a part.
        var removed = doc.Paragraphs.Skip(from).Where(p => p.Text.Length == 0 && p.Children.Count == 0).ToList();
        doc.Paragraphs.RemoveAll(removed.Contains);

        if (trailingHeading is not null)
        {
            doc.Warnings.Add($"The heading \"{trailingHeading}\" after the last paragraph was left out: no paragraph follows it.");
        }

        // Tables after the paragraphs that introduce them are held by those paragraphs (ADR 0029); any other is left out.
        var tables = AknTables.Attach(body, holders, text);
        if (tables > 0)
        {
            doc.Warnings.Add($"{(tables == 1 ? "A table" : $"{tables} tables")} in the operative part {(tables == 1 ? "was" : "were")} left out: {(tables == 1 ? "it follows" : "they follow")} no paragraph that could hold {(tables == 1 ? "it" : "them")} (its lines are listed as not in the draft).");
        }

        doc.SourceLines.AddRange(BodyLines(preamble).Concat(BodyLines(body)));
        return formula;
    }

    internal static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 40_000_000,
            MaxCharactersFromEntities = 10_000,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new ImportRefusedException($"not well-formed XML (line {e.LineNumber}): {e.Message.Split('.')[0]}");
        }
    }

    /// <summary>
    /// A preamble's containers as preambular paragraphs; after an operative part (a file that splits its statement),
    /// a container whose text begins with a typed operative number ("10.\t期待…；") is that operative paragraph.
    /// </summary>
    private static void ReadPreamble(XElement? preamble, ParsedDocument doc, AknText text, int from, bool afterBody)
    {
        var operative = afterBody;
        foreach (var element in preamble?.Elements() ?? [])
        {
            if (AknTables.TableIn(element) is { } table)
            {
                // A table after a preambular paragraph (ADR 0029): that paragraph's, as in the body.
                var read = AknTables.Read(table, text);
                if (read is null || doc.Paragraphs.Count == from || TableHolders.Attach(doc.Paragraphs[^1], [read]) > 0)
                {
                    doc.Warnings.Add("A table in the preamble was left out: it follows no paragraph that could hold it (its lines are listed as not in the draft).");
                }
            }
            else if (element.Name.LocalName is "container" or "blockContainer" or "paragraph")
            {
                if (ReadOperativeList(element, doc, text))
                {
                    operative = true;
                    continue;
                }

                var node = ReadNode(element, ParagraphKind.Preambular, 0, text);
                if (!operative && doc.Paragraphs.Count > from && !doc.Paragraphs.Skip(from).Any(p => p.Kind == ParagraphKind.Operative)
                    && TypedNumber().Match(node.Text.ToString().TrimStart()) is { Success: true } opening
                    && opening.Groups["dot"].Success && opening.Groups["n"].Value == "1")
                {
                    // "1.	表示注意到…" typed in a preamble container after the preambular paragraphs (76/243 in Chinese):
                    // the operative part starts here, and the containers numbered after it are its paragraphs.
                    operative = true;
                }

                if (operative && TypedNumber().Match(node.Text.ToString().TrimStart()) is { Success: true } typed
                    && (typed.Groups["dot"].Success || int.Parse(typed.Groups["n"].Value, CultureInfo.InvariantCulture) == doc.Paragraphs.Skip(from).Count(p => p.Kind == ParagraphKind.Operative) + 1))
                {
                    node.Kind = ParagraphKind.Operative;
                    node.Text.Clear().Append(typed.Groups["rest"].Value.Trim());
                }

                doc.Paragraphs.Add(node);
            }
            else if (element.Name.LocalName is "list" or "blockList" && doc.Paragraphs.Count > from)
            {
                // A lead-in's items printed after its container ("… a major contribution to:" then (a), (b)): its sub-paragraphs.
                ReadList(element, doc.Paragraphs[^1], doc.Paragraphs[^1].Kind, 0, text);
            }
        }
    }

    /// <summary>
    /// "10.\t期待…", "7\t决定…": an operative paragraph's number typed in its text (with a full stop, or, when it is the next
    /// operative number, alone before the words).
    /// </summary>
    [GeneratedRegex(@"^(?<n>\d{1,3})(?:(?<dot>[.．])\s*|\s+)(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex TypedNumber();

    /// <summary>
    /// A preamble container holding only a list whose items are numbered as operative paragraphs are ("1.", "2.",
    /// with "(a)" items under them): the operative part, put inside the preamble by the file (76/54 in Chinese).
    /// Its numbered items become operative paragraphs and the others their sub-paragraphs; the list's introduction,
    /// if any, is the last preambular paragraph.
    /// </summary>
    private static bool ReadOperativeList(XElement container, ParsedDocument doc, AknText text)
    {
        var list = container.Elements().Where(e => e.Name.LocalName is "blockList" or "list").ToList();
        if (list.Count != 1 || container.Elements().Any(e => e.Name.LocalName is not ("blockList" or "list" or "num"))
            || list[0].Elements().FirstOrDefault(e => e.Name.LocalName is "item" or "point") is not { } first
            || !OperativeNumber().IsMatch(text.Of(Child(first, "num"))))
        {
            return false;
        }

        if (Child(list[0], "listIntroduction") is { } introduction && text.Of(introduction).Trim().Length > 0)
        {
            doc.Paragraphs.Add(ReadNode(introduction, ParagraphKind.Preambular, 0, text)); // the last preambular paragraph ("又重申…，")
        }

        ParsedNode? current = null;
        foreach (var item in list[0].Elements().Where(e => e.Name.LocalName is "item" or "point"))
        {
            if (OperativeNumber().IsMatch(text.Of(Child(item, "num"))))
            {
                current = ReadNode(item, ParagraphKind.Operative, 0, text);
                doc.Paragraphs.Add(current);
            }
            else if (current is not null)
            {
                current.Children.Add(ReadNode(item, ParagraphKind.Operative, 1, text));
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\d{1,3}[.．]$")]
    private static partial Regex OperativeNumber();

    /// <summary>
    /// A mainBody's paragraphs. One that stands before a further preamble with no number and ends as a preambular
    /// paragraph does ("，", ","; 75/211 in Chinese) is preambular: the file put it in the wrong element.
    /// </summary>
    private static void ReadBody(XElement? body, ParsedDocument doc, AknText text, int from, ref int firstNumbers, ref string? trailingHeading, Dictionary<XElement, ParsedNode> holders, bool beforePreamble)
    {
        var paragraphs = AknMainBody.Read(body, text, out var trailing);
        ParsedNode? quoting = null;
        foreach (var paragraph in paragraphs)
        {
            var restarts = false;
            if (paragraph.Kind == ParagraphKind.Operative && text.Of(Child(paragraph.Element, "num")).Trim().TrimEnd('.', '．') == "1")
            {
                // A second number 1 (ADR 0016). A section element numbered from 1 where nothing before it is numbered says no
                // more than the text's heading over 1., 2. … does, and is read as that heading, as text and Word read it.
                restarts = ++firstNumbers > 1;
            }

            var numbered = AknMainBody.Numbered(paragraph.Element, text);
            var kind = beforePreamble && !numbered && paragraph.Kind == ParagraphKind.Operative && paragraph.Heading is null
                && Closers.WithoutTrailingRefs(text.Of(paragraph.Element).TrimEnd()) is [.., ',' or '，'] ? ParagraphKind.Preambular : paragraph.Kind;
            var node = ReadNode(paragraph.Element, kind, 0, text);
            if (!numbered && paragraph.Heading is null && doc.Paragraphs.Count > from && QuotedParagraph(doc.Paragraphs[^1], node, ref quoting))
            {
                holders[paragraph.Element] = doc.Paragraphs[^1];
                continue;
            }

            quoting = null;
            node.Heading = paragraph.Heading;
            node.RestartsNumbering = restarts;
            var ownNumber = kind == ParagraphKind.Operative && numbered ? OwnOperativeNumber(text.Of(Child(paragraph.Element, "num")).Trim(), doc, from) : null;
            if (ownNumber is not null)
            {
                // "(1)", "(2)" as the text's own operative numbering (ADR 0038): the paragraph's number, not a typed sub-paragraph.
                node.Number = ownNumber;
            }
            else if (kind == ParagraphKind.Operative && numbered && OperativeNumber().IsMatch(text.Of(Child(paragraph.Element, "num")).Trim()))
            {
                node.Number = text.Of(Child(paragraph.Element, "num")).Trim().TrimEnd('.', '．') + ".";
            }

            if (ownNumber is null && kind == ParagraphKind.Operative && paragraph.Heading is null && doc.Paragraphs.Count > from)
            {
                // A sub-paragraph's marker may stand in the paragraph's num ("<num>(iii)</num>", 75/101 A) or in its text.
                var num = numbered ? text.Of(Child(paragraph.Element, "num")).Trim() : "";
                var typedNum = num.Length > 0 && (Marker.Read(num + " ·").Kind is MarkerKind.Parenthesized or MarkerKind.Numeral || Marker.ReadOther(num + " ·").Kind == MarkerKind.Other);
                if (typedNum)
                {
                    node.Text.Insert(0, num + " ");
                }

                if ((!numbered || typedNum) && AttachTypedSubParagraph(doc.Paragraphs[^1], node))
                {
                    holders[paragraph.Element] = doc.Paragraphs[^1];
                    continue;
                }

                if (typedNum)
                {
                    node.Text.Remove(0, num.Length + 1);
                }
            }

            node.Unnumbered = kind == ParagraphKind.Operative && !numbered;
            doc.Paragraphs.Add(node);
            holders[paragraph.Element] = node;
        }

        trailingHeading = trailing ?? trailingHeading;
    }

    /// <summary>
    /// An operative paragraph's <c>num</c> in another body's operative numbering ("(1)", "1)", "（1）"; ADR 0038; "(a)", "I.",
    /// amendment 1), as its own number: the first operative paragraph's "(1)", or the number after the last operative paragraph's
    /// in the same numbering. Under a paragraph numbered "1." it is no paragraph's number (a World Health Assembly list's "(1) to
    /// …" typed as a paragraph stays a sub-paragraph, ADR 0036 amendment 1), and a first "(a)" or "I." after a lead-in is the
    /// lead-in's item, as the UN's "(a)" is. The number as every numbering writes it ("(2)"), or null.
    /// </summary>
    private static string? OwnOperativeNumber(string num, ParsedDocument doc, int from)
    {
        if (Domain.Numbering.OperativeNumbering.StyleOf(num) is not { } style || style == Domain.Numbering.OperativeNumbering.Un
            || Domain.Numbering.OperativeNumbering.NumberOf(num) is not { } n)
        {
            return null;
        }

        var last = doc.Paragraphs.Skip(from).LastOrDefault(p => p.Kind == ParagraphKind.Operative);
        var lettersOrRoman = style is Domain.Numbering.OperativeNumbering.Lettered or Domain.Numbering.OperativeNumbering.Roman;
        var follows = last is null
            ? n == 1 && !(lettersOrRoman && doc.Paragraphs.Count > 0 && doc.Paragraphs[^1].TakesItems)
            : Domain.Numbering.OperativeNumbering.StyleOf(last.Number) == style && last.Number == Domain.Numbering.OperativeNumbering.Marker(style, n - 1);
        return follows ? Domain.Numbering.OperativeNumbering.Marker(style, n) : null;
    }

    /// <summary>
    /// A paragraph of its own that is a line of the quotation of the node before it (ADR 0028), as the UN's AKN of other
    /// bodies writes a quoted rule: "… to read as follows:", then unnumbered paragraphs “Rule 5 … up to the one closing
    /// with ”. The first opens with “ or 「 (and is quoted text, not a title naming something quoted) right after a node
    /// ending with a colon — the last sub-paragraph when the paragraph has them; the next unnumbered paragraphs follow it
    /// until one closes the quotation (at most 40 lines, as in text). A numbered paragraph or a heading ends it.
    /// </summary>
    private static bool QuotedParagraph(ParsedNode previous, ParsedNode node, ref ParsedNode? open)
    {
        var words = node.Text.ToString().Trim();
        if (node.Children.Count > 0 || node.Quotation.Count > 0 || words.Length < 2)
        {
            return false;
        }

        var holder = open;
        if (holder is null)
        {
            holder = previous;
            while (holder.Children.Count > 0)
            {
                holder = holder.Children[^1];
            }

            if (words[0] is not ('“' or '「') || !QuotedText.Opens(words) || holder.Quotation.Count > 0 || !ParsedNode.EndsAsLeadIn(holder.Text.ToString()))
            {
                return false;
            }
        }

        holder.Quotation.Add(new System.Text.StringBuilder(words));
        open = QuotedText.Closes(words) || holder.Quotation.Count >= MaxQuotedParagraphs ? null : holder;
        return true;
    }

    /// <summary>A quotation left open holds no more than this many paragraphs (as a text's does lines).</summary>
    private const int MaxQuotedParagraphs = 40;

    /// <summary>A point's num as a sub-paragraph number in its numbering's own form ("(a)", "(1)", "1)"; ㈡ as "(ii)"), or null.</summary>
    internal static string? SubParagraphNumber(string num)
    {
        var trimmed = num.Trim() + " ·";
        return Marker.Read(trimmed).SubParagraphNumber ?? Marker.ReadOther(trimmed).SubParagraphNumber;
    }

    internal static XElement? Child(XElement element, string name) => element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>
    /// Some UN files write a paragraph's sub-paragraphs as paragraphs of their own, unnumbered, with the
    /// marker typed in the text ("(a)\tEnvironmental problems …" after "… shall consider:", "㈠\t开发…") or
    /// standing in the paragraph's num ("(iii)"). One whose marker is the next in sequence under the paragraph before
    /// (a letter, or a roman numeral under its last lettered item) becomes that sub-paragraph — in any numbering of ADR 0036
    /// ("(1)", "1)", "a)", "（1）"): the next of its level's numbering as the items before it have it, or a numbering's first
    /// item under a node with none yet (under the last item only when that one ends with a colon).
    /// </summary>
    private static bool AttachTypedSubParagraph(ParsedNode previous, ParsedNode node)
    {
        if (previous.Kind != ParagraphKind.Operative || node.Kind != ParagraphKind.Operative)
        {
            return false;
        }

        var words = node.Text.ToString().TrimStart();
        var marker = Marker.Read(words);
        if (marker.Kind is not (MarkerKind.Parenthesized or MarkerKind.Numeral))
        {
            marker = Marker.ReadOther(words);
        }

        if (marker.SubParagraphNumber is not { } number || marker.Kind == MarkerKind.LetterDot || marker.Rest.Trim().Length == 0)
        {
            return false;
        }

        // ㈠, ⑴, (一) number only the second level, as "(i)" does under a lead-in.
        var letter = marker.Kind != MarkerKind.Numeral && Next(previous, number, depth: 1);
        var last = previous.Children.Count > 0 ? previous.Children[^1] : null;
        var roman = last is not null && (marker.Kind == MarkerKind.Numeral ? marker.Token == ParagraphLabels.Roman(last.Children.Count + 1) : Next(last, number, depth: 2));
        if (letter && roman)
        {
            // "(i)": the ninth letter, or the first numeral under a lead-in.
            letter = !last!.TakesItems;
        }

        if (!letter && !roman)
        {
            return false;
        }

        var parent = letter ? previous : last!;
        var sub = new ParsedNode(ParagraphKind.Operative, letter ? 1 : 2) { Number = number };
        sub.Text.Append(marker.Rest.Trim());
        sub.Children.AddRange(node.Children);
        parent.Children.Add(sub);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="number"/> is the next item under <paramref name="holder"/>: the next in the numbering its items
    /// have (the UN's for the depth when they printed none), or, with no items yet, a numbering's first — the UN's "(a)" under
    /// a paragraph, the UN's "(i)" or another numbering's first under an item only when that item takes items (ends with ":").
    /// </summary>
    private static bool Next(ParsedNode holder, string number, int depth)
    {
        var count = holder.Children.Count;
        if (count > 0)
        {
            var style = holder.Children[0].Number is { } first && SubParagraphNumbering.StyleOf(first, 1) is { } printed ? printed : SubParagraphNumbering.Default(depth);
            return SubParagraphNumbering.Marker(style, count + 1) == number;
        }

        if (SubParagraphNumbering.StyleOf(number, 1) is not { } opening)
        {
            return false;
        }

        // A paragraph's first item is never a numeral ("(i)", "i)": a ninth letter or a second level, told by what is before).
        return depth == 1 ? opening is not (NumberStyle.ParenRoman or NumberStyle.RomanParen) : opening == NumberStyle.ParenRoman || holder.TakesItems;
    }

    /// <summary>
    /// The blocks of text of the preamble or body as the file holds them (each p, heading and
    /// crossHeading), for the review's list of what did not reach the draft.
    /// </summary>
    private static IEnumerable<string> BodyLines(XElement? part)
    {
        if (part is null)
        {
            yield break;
        }

        foreach (var element in part.Descendants())
        {
            if (element.Name.LocalName is "p" or "heading" or "subheading" or "crossHeading"
                && !element.Ancestors().Any(a => a.Name.LocalName == "authorialNote")
                && !element.Elements().Any(e => e.Name.LocalName == "p")
                && !element.Descendants().Any(e => e.Name.LocalName is "quotedStructure" or "embeddedStructure")) // its lines are listed one by one
            {
                var line = string.Join(" ", element.DescendantNodes().OfType<XText>()
                    .Where(t => !t.Ancestors().Any(a => a.Name.LocalName == "authorialNote"))
                    .Select(t => t.Value));
                line = string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>A paragraph, container or point: its own text (content, intro, p) and its sub-paragraphs (list points).</summary>
    private static ParsedNode ReadNode(XElement element, ParagraphKind kind, int depth, AknText text)
    {
        var node = new ParsedNode(kind, depth);
        if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            // Text and inline markup straight in the element (a crossHeading, a p): its words are the paragraph's.
            LineJoiner.Append(node.Text, text.Of(element), DraftLanguage.IsChinese(text.Language));
            return node;
        }

        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "num" when depth > 0:
                    // The sub-paragraph's number as printed ("(a)", "(1)", ㈡): the draft's numbering is found from these (ADR 0036).
                    node.Number = SubParagraphNumber(text.Of(child));
                    break;
                case "num" or "heading" or "subheading":
                    break;
                case "p" when depth == 0 && (string?)child.Attribute("class") == "heading" && node.Text.Length == 0:
                    node.Heading = text.Of(child); // a preambular paragraph's heading, as the exporter writes it
                    break;
                case "list" or "blockList" or "sublist":
                    ReadList(child, node, kind, depth, text);
                    break;
                case "quotedStructure" or "embeddedStructure":
                    // Quoted text inside a paragraph (a rule "to read as follows:"): the lines of its quotation (ADR 0028), not sub-paragraphs.
                    node.Quotation.AddRange(AknQuotation.Lines(child, text));
                    break;
                case "point" or "item" or "subparagraph" or "paragraph" when depth < DraftLimits.MaxSubParagraphDepth:
                    node.Children.Add(ReadNode(child, kind, depth + 1, text));
                    break;
                default:
                    if (!AknQuotation.ReadInside(child, node, text))
                    {
                        LineJoiner.Append(node.Text, text.ParagraphText(child), DraftLanguage.IsChinese(text.Language));
                    }

                    break;
            }
        }

        return node;
    }

    private static void ReadList(XElement list, ParsedNode node, ParagraphKind kind, int depth, AknText text)
    {
        foreach (var child in list.Elements())
        {
            if (child.Name.LocalName is "list" or "blockList")
            {
                ReadList(child, node, kind, depth, text);
            }
            else if (child.Name.LocalName == "sublist" && child.ElementsBeforeSelf().LastOrDefault()?.Name.LocalName == "point"
                && node.Children.Count > 0 && depth + 1 < DraftLimits.MaxSubParagraphDepth)
            {
                // A sublist standing right after a point in the list is that point's items, as the UN's AKN writes the
                // second level ((a) then its (i), (ii) / ㈠, ㈡); its words were run into the paragraph's own text before.
                // A sublist after the intro or after another sublist holds the list's own items (75/295 wraps each so).
                ReadList(child, node.Children[^1], kind, depth + 1, text);
            }
            else if (child.Name.LocalName == "sublist")
            {
                ReadList(child, node, kind, depth, text);
            }
            else if (child.Name.LocalName is "point" or "item" or "subparagraph" or "paragraph" && depth < DraftLimits.MaxSubParagraphDepth)
            {
                node.Children.Add(ReadNode(child, kind, depth + 1, text));
            }
            else if (child.Name.LocalName != "num" && !AknQuotation.ReadInside(child, node, text))
            {
                LineJoiner.Append(node.Text, text.ParagraphText(child), DraftLanguage.IsChinese(text.Language));
            }
        }
    }
}
