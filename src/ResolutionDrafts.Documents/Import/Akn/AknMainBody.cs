using System.Text.RegularExpressions;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Import.Text;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Import.Akn;

/// <summary>A paragraph of an AKN body in reading order, with the heading printed before it.</summary>
/// <param name="Element">The <c>paragraph</c> (operative) or <c>crossHeading</c> (a section's preamble).</param>
internal sealed record AknBodyParagraph(XElement Element, ParagraphKind Kind, string? Heading);

/// <summary>
/// Walks an AKN <c>mainBody</c> as it prints: the UN marks a heading between operative paragraphs in
/// several ways, all of which become the <see cref="AknBodyParagraph.Heading"/> of the paragraph after
/// it — a <c>paragraph</c> holding only a <c>subheading</c> or <c>heading</c> (English, class H23), a
/// section's <c>num</c>/<c>heading</c>/<c>subheading</c>, a <c>subheading</c> standing in the body
/// itself ("I" then "Financial performance report …"), and, in the Chinese files, an unnumbered
/// paragraph whose text does not close as a paragraph does, between numbered ones. A
/// <c>crossHeading refersTo="#preamble"</c> in the body is a section's own preambular paragraph
/// (budget resolutions: each section recalls and considers before it decides).
/// </summary>
internal static partial class AknMainBody
{
    private static readonly string[] Containers = ["hcontainer", "section", "chapter", "part", "division", "title", "subsection", "book", "tome"];

    /// <summary>The longest text read as a heading when only its form says so (an unnumbered paragraph that does not close).</summary>
    private const int MaxHeadingLength = 300;

    public static List<AknBodyParagraph> Read(XElement? body, AknText text, out string? trailingHeading)
    {
        var result = new List<AknBodyParagraph>();
        var pending = new List<string>();
        // Chinese headings run on without a space, as Chinese text does ("专业及以上职类工作人员的服务条件A. 基薪/底薪表").
        var separator = DraftLanguage.IsChinese(text.Language) ? "" : " ";
        if (body is not null)
        {
            var elements = Flatten(body).ToList();
            for (var i = 0; i < elements.Count; i++)
            {
                var (element, isHeading) = elements[i];
                if (isHeading)
                {
                    AddHeading(pending, element, text);
                    continue;
                }

                if (element.Name.LocalName == "crossHeading")
                {
                    // A preambular paragraph ends with a comma; one that ends a sentence is a section's single,
                    // unnumbered operative paragraph marked as preamble (76/240 in Chinese: "决定…。") — unless the
                    // section's operative paragraph follows it (76/246 in Chinese: "回顾…；" then "核可…；").
                    var end = Closers.WithoutTrailingRefs(text.Of(element));
                    var kind = end.Length > 0 && end[^1] is '.' or '。' or ';' or '；' && !ParagraphFollows(elements, i, text)
                        ? ParagraphKind.Operative
                        : ParagraphKind.Preambular;
                    result.Add(new AknBodyParagraph(element, kind, Take(pending, separator)));
                    continue;
                }

                if (IsOnlyHeading(element, text) || IsNumberedHeading(element, text) || IsUnnumberedHeading(element, elements, i, text, afterNumeral: pending.Count > 0 && IsNumeral(pending[^1])))
                {
                    AddHeadingParagraph(pending, element, text);
                    continue;
                }

                result.Add(new AknBodyParagraph(element, ParagraphKind.Operative, Take(pending, separator)));
            }
        }

        trailingHeading = Take(pending, separator);
        return result;
    }

    /// <summary>
    /// The body's paragraphs, crossHeadings and heading elements in document order; a container's
    /// num, heading and subheading come as one heading element each (marked true).
    /// </summary>
    private static IEnumerable<(XElement Element, bool IsHeading)> Flatten(XElement container)
    {
        foreach (var element in container.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "paragraph":
                    yield return (element, false);
                    break;
                case "crossHeading" when IsPreamble(element):
                    yield return (element, false);
                    break;
                case "num" or "heading" or "subheading" or "crossHeading":
                    yield return (element, true);
                    break;
                case var name when Containers.Contains(name):
                    foreach (var inner in Flatten(element))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>An operative paragraph (not a heading) stands right after the element at <paramref name="at"/>, no heading between.</summary>
    private static bool ParagraphFollows(List<(XElement Element, bool IsHeading)> elements, int at, AknText text)
    {
        if (at + 1 >= elements.Count || elements[at + 1].IsHeading)
        {
            return false;
        }

        var next = elements[at + 1].Element;
        return next.Name.LocalName == "paragraph" && !IsOnlyHeading(next, text) && !IsNumberedHeading(next, text) && !IsUnnumberedHeading(next, elements, at + 1, text);
    }

    private static bool IsPreamble(XElement crossHeading) =>
        ((string?)crossHeading.Attribute("refersTo"))?.TrimStart('#').StartsWith("preamble", StringComparison.Ordinal) == true;

    /// <summary>A paragraph with a heading or subheading and nothing else: no number, no content, no list.</summary>
    private static bool IsOnlyHeading(XElement paragraph, AknText text) =>
        paragraph.Elements().Any(e => e.Name.LocalName is "heading" or "subheading")
        && paragraph.Elements().All(e => e.Name.LocalName is "heading" or "subheading" || text.Of(e).Length == 0);

    /// <summary>
    /// An unnumbered paragraph whose short text does not end as a paragraph ends, with a numbered
    /// paragraph after it: the Chinese files mark their section headings so ("确保适足供资…" before "5.").
    /// </summary>
    private static bool IsUnnumberedHeading(XElement paragraph, List<(XElement Element, bool IsHeading)> elements, int at, AknText text, bool afterNumeral = false)
    {
        if (Numbered(paragraph, text) || paragraph.Elements().Any(e => e.Name.LocalName is "list" or "blockList" or "point" or "item" or "paragraph" or "subparagraph"))
        {
            return false;
        }

        // As in text, a paragraph opening with a quotation mark is quoted text, not a heading.
        var own = text.Of(paragraph);
        if (own.Length == 0 || own.Length > MaxHeadingLength || own.Contains("[^", StringComparison.Ordinal) || Closers.IsClosed(own, preambular: true)
            || QuotedText.Opens(own) || own[0] == '《')
        {
            return false;
        }

        var nextAt = elements.FindIndex(at + 1, e => !e.IsHeading);
        if (nextAt < 0)
        {
            return false;
        }

        if (elements[nextAt].Element.Name.LocalName == "crossHeading")
        {
            return true; // a section's heading before its own preamble
        }

        // A section's number alone ("一"), or a title over the section headings of an adopted text, may stand in a
        // paragraph of its own before the heading's.
        var next = elements[nextAt].Element;
        if (Numbered(next, text) || IsOnlyHeading(next, text) || IsUnnumberedHeading(next, elements, nextAt, text, afterNumeral: IsNumeral(own)))
        {
            return true;
        }

        // A section's number and heading over its single, unnumbered operative paragraph (76/246 in Chinese: "十九",
        // "共同出资的联合检查组毛额预算", then "核可…；").
        return (afterNumeral || IsNumeral(own)) && next.Name.LocalName == "paragraph" && Closers.IsClosed(text.Of(next), preambular: true);
    }

    /// <summary>
    /// A paragraph numbered as a section is ("一.", "II.", "B.") whose short text does not close: a heading
    /// with its number ("一. 导言" in the declaration 76/3 adopts), not an operative paragraph.
    /// </summary>
    private static bool IsNumberedHeading(XElement paragraph, AknText text)
    {
        if (paragraph.Elements().FirstOrDefault(e => e.Name.LocalName == "num") is not { } num || !IsNumeral(text.Of(num))
            || paragraph.Elements().Any(e => e.Name.LocalName is "list" or "blockList" or "point" or "item" or "paragraph" or "subparagraph"))
        {
            return false;
        }

        var own = text.Of(paragraph);
        return own.Length > 0 && own.Length <= MaxHeadingLength && !own.Contains("[^", StringComparison.Ordinal) && !Closers.IsClosed(own, preambular: true);
    }

    internal static bool Numbered(XElement paragraph, AknText text) =>
        paragraph.Elements().FirstOrDefault(e => e.Name.LocalName == "num") is { } num && text.Of(num).Length > 0;

    private static void AddHeading(List<string> pending, XElement element, AknText text)
    {
        var words = HeadingText(element, text);
        if (words.Length == 0)
        {
            return;
        }

        // "一 内部监督事务厅的活动", "II Revised estimates": the section number and its heading in one element
        // (Chinese spacing has joined them by now) print as "一. 内部…", as when they stand apart.
        if (element.Name.LocalName != "num" && NumeralAndHeading().Match(element.Value.Trim()) is { Success: true } both
            && IsNumeral(both.Groups[1].Value) && words.StartsWith(both.Groups[1].Value, StringComparison.Ordinal))
        {
            AddHeading(pending, both.Groups[1].Value, isNumber: true);
            words = words[both.Groups[1].Value.Length..].TrimStart();
        }

        AddHeading(pending, words, element.Name.LocalName == "num");
    }

    [GeneratedRegex(@"^([IVXLC]{1,6}|[一二三四五六七八九十]{1,3})[\s\u3000]+\S")]
    private static partial Regex NumeralAndHeading();

    private static void AddHeading(List<string> pending, string words, bool isNumber)
    {

        // A section's number alone ("I", "一") and the heading after it print as "I. Heading", as the text importer reads them.
        if (pending.Count > 0 && IsNumeral(pending[^1]) && !isNumber && !IsNumeral(words))
        {
            pending[^1] = $"{pending[^1]}. {words}";
            return;
        }

        pending.Add(isNumber || IsNumeral(words) ? words.TrimEnd('.', '、', '．') : words);
    }

    private static void AddHeadingParagraph(List<string> pending, XElement paragraph, AknText text)
    {
        foreach (var child in paragraph.Elements())
        {
            if (child.Name.LocalName is "num" or "heading" or "subheading" or "content" or "p")
            {
                AddHeading(pending, child, text);
            }
        }
    }

    private static string HeadingText(XElement element, AknText text) => text.Of(element);

    /// <summary>"I", "IV", "A", "一", "十二": a section number printed alone.</summary>
    internal static bool IsNumeral(string text)
    {
        var t = text.Trim().TrimEnd('.', '、');
        if (t.Length == 0 || t.Length > 6)
        {
            return false;
        }

        return t.All(c => "IVXLC".Contains(c)) || (t.Length == 1 && char.IsAsciiLetterUpper(t[0])) || t.All(c => "一二三四五六七八九十百".Contains(c));
    }

    private static string? Take(List<string> pending, string separator)
    {
        if (pending.Count == 0)
        {
            return null;
        }

        var heading = string.Join(separator, pending);
        pending.Clear();
        return heading;
    }
}
