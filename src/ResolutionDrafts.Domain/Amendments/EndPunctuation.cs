using System.Text.RegularExpressions;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// A change of the punctuation mark that ends a paragraph and nothing else (a full stop made a colon when quoted text is
/// proposed under the paragraph, ADR 0028 amendment 4; a semicolon made a full stop). The UN words it by the marks'
/// names, not by quoting the last word with each: "replace the full stop at the end of the paragraph with a colon" /
/// "将句末的句号改为冒号". Held as a word change at the end of the paragraph whose old and new text are the marks alone
/// (with the footnote references after them, which stay), so that it applies and rebases as any change at the end does.
/// </summary>
internal static partial class EndPunctuation
{
    [GeneratedRegex(@"^(?:\[\^\d+\])*$")]
    private static partial Regex FootnoteReferencesOnly();

    private static readonly Dictionary<char, (string English, string Chinese)> Names = new()
    {
        ['.'] = ("full stop", "句号"), ['。'] = ("full stop", "句号"),
        [','] = ("comma", "逗号"), ['，'] = ("comma", "逗号"),
        [';'] = ("semicolon", "分号"), ['；'] = ("semicolon", "分号"),
        [':'] = ("colon", "冒号"), ['：'] = ("colon", "冒号"),
    };

    /// <summary>
    /// The change of <paramref name="site"/> as one of the end mark alone, when that is all it changes: the words before the
    /// mark the same in the old and new text, and nothing after it but footnote references. Null otherwise.
    /// </summary>
    public static AmendmentInstruction? Of(string text, WordSite site, ParagraphReference target)
    {
        var after = text[site.End..];
        if (!FootnoteReferencesOnly().IsMatch(after))
        {
            return null;
        }

        var (old, @new) = (text[site.Start..site.End], site.New);
        var same = 0;
        while (same < old.Length && same < @new.Length && old[same] == @new[same])
        {
            same++;
        }

        var (oldMark, newMark) = (old[same..], @new[same..]);
        if (!IsMarkOrNothing(oldMark) || !IsMarkOrNothing(newMark) || oldMark == newMark)
        {
            return null;
        }

        // With no footnote reference after it, a mark added or deleted is inserted or deleted; else the end is replaced.
        var kind = after.Length > 0 ? AmendmentKind.ReplaceWords
            : oldMark.Length == 0 ? AmendmentKind.InsertWords
            : newMark.Length == 0 ? AmendmentKind.DeleteWords
            : AmendmentKind.ReplaceWords;
        var instruction = new AmendmentInstruction
        {
            Kind = kind, Target = target, Anchor = WordAnchor.AtEnd, OldText = oldMark + after, NewText = newMark + after,
        };
        return Of(instruction) is not null && WordLocator.Locate(text, instruction) is (var at, null) && at == text.Length - instruction.OldText.Length
            ? instruction
            : null;
    }

    /// <summary>The old and new end mark ("" for none) of an instruction that changes the end mark alone; null for any other.</summary>
    public static (string Old, string New)? Of(AmendmentInstruction instruction)
    {
        if (!instruction.IsWordEdit || instruction.Anchor != WordAnchor.AtEnd || instruction.Occurrence is not null)
        {
            return null;
        }

        var (old, @new) = (instruction.OldText ?? "", instruction.NewText ?? "");
        var (oldMark, oldAfter) = Split(old);
        var (newMark, newAfter) = Split(@new);
        return oldAfter == newAfter && oldMark != newMark && IsMarkOrNothing(oldMark) && IsMarkOrNothing(newMark)
            && FootnoteReferencesOnly().IsMatch(oldAfter) ? (oldMark, newMark) : null;
    }

    /// <summary>"replace the full stop at the end of the paragraph with a colon"; "add a colon at the end of the paragraph".</summary>
    public static string English((string Old, string New) change) =>
        change.Old.Length == 0 ? $"add a {Names[change.New[0]].English} at the end of the paragraph"
        : change.New.Length == 0 ? $"delete the {Names[change.Old[0]].English} at the end of the paragraph"
        : $"replace the {Names[change.Old[0]].English} at the end of the paragraph with a {Names[change.New[0]].English}";

    /// <summary>"将句末的句号改为冒号"; "在句末添加冒号"; "删除句末的句号".</summary>
    public static string Chinese((string Old, string New) change) =>
        change.Old.Length == 0 ? $"在句末添加{Names[change.New[0]].Chinese}"
        : change.New.Length == 0 ? $"删除句末的{Names[change.Old[0]].Chinese}"
        : $"将句末的{Names[change.Old[0]].Chinese}改为{Names[change.New[0]].Chinese}";

    private static (string Mark, string After) Split(string text) =>
        text.Length > 0 && Names.ContainsKey(text[0]) ? (text[..1], text[1..]) : ("", text);

    private static bool IsMarkOrNothing(string text) => text.Length == 0 || (text.Length == 1 && Names.ContainsKey(text[0]));
}
