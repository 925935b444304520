using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Domain.Amendments.Quoting;

namespace ResolutionDrafts.Domain.Amendments;

/// <summary>
/// Chinese sentences for amendment items, item for item the same as <see cref="EnglishWording"/>:
/// 在执行部分第5段中，在“……”之后插入“……”。/ 在序言部分第三段中，将“……”改为“……”。/
/// 删除执行部分第13段。/ 在执行部分第4段之后插入一个新段落，内容如下：“……”。
/// The rules and examples are in docs/amendments.md.
/// </summary>
internal static class ChineseWording
{
    public static AmendmentItemLayout ItemLayout(IReadOnlyList<AmendmentInstruction> instructions)
    {
        var first = instructions[0];
        if (first.Kind == AmendmentKind.DeleteParagraph)
        {
            return new($"删除{ParagraphNames.Names(instructions.Select(i => i.Target!).ToList(), chinese: true)}。");
        }

        if (first.Kind == AmendmentKind.DeleteQuotedLine)
        {
            // 在执行部分第3段所引案文中，删除“……”一行 (ADR 0028); 与另一行文字相同的行以行号指明：删除第4行 / 删除第2行和第4行。
            var quotation = (first.Target! with { NamesLine = false }).Name(DraftLanguage.Chinese);
            if (instructions.All(i => !i.Target!.NamesLine))
            {
                return new($"在{quotation}中，删除"
                    + ParagraphNames.JoinChinese(instructions.Select(i => Quote(i.OldText)).ToList()) + (instructions.Count == 1 ? "一行。" : $"{Count(instructions.Count)}行。"));
            }

            return new($"在{quotation}中，删除" + ParagraphNames.JoinChinese(instructions.Select(i => i.Target!.NamesLine
                ? $"第{i.Target.QuotedLine!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}行"
                : Quote(i.OldText) + "一行").ToList()) + "。");
        }

        if (first.IsWordEdit)
        {
            var targets = instructions.Select(i => i.Target!).DistinctBy(t => t.Id).ToList();
            return targets.Count > 1
                ? Words(ParagraphNames.Names(targets, chinese: true), [first])
                : Words(first.Target!.Name(DraftLanguage.Chinese), instructions);
        }

        if (first.Kind == AmendmentKind.MoveParagraph && instructions.Count > 1)
        {
            return new($"将{ParagraphNames.Names(EdgeMoves.InTextOrder(instructions), chinese: true)}{MoveTo(first)}。");
        }

        if (first.Kind == AmendmentKind.EndPart && instructions.Count > 1)
        {
            return new($"将决议{ParagraphNames.JoinChinese(instructions.Select(i => i.Target!.Part!).ToList())}并入决议{PartLetters.Before(first.Target!.Part!)}，删除其标题和主语行。");
        }

        return new(Single(first));
    }

    private static AmendmentItemLayout Words(string name, IReadOnlyList<AmendmentInstruction> clauses)
    {
        if (clauses.Count == 1)
        {
            var only = clauses[0];
            if (only.Kind == AmendmentKind.InsertWords && only.Anchor == WordAnchor.AtStart)
            {
                return new($"在{name}开头插入{QuoteOrReference(only.NewText)}{InItalics(only)}。");
            }

            if (only.Kind == AmendmentKind.InsertWords && only.Anchor == WordAnchor.AtEnd && EndPunctuation.Of(only) is null)
            {
                return new($"在{name}末尾添加{QuoteOrReference(only.NewText)}{InItalics(only)}。");
            }

            return new($"在{name}中，{Clause(only)}。");
        }

        var parts = clauses.Select(Clause).ToList();
        if (clauses.All(c => c.Anchor == WordAnchor.None || EndPunctuation.Of(c) is not null))
        {
            return new($"在{name}中，" + string.Join("，", parts.Take(parts.Count - 1)) + "，并" + parts[^1] + "。");
        }

        return new($"在{name}中：", parts.Select((p, k) => p + (k == parts.Count - 1 ? "。" : "；")).ToList());
    }

    /// <summary>The words quoted, or a footnote reference alone named (对脚注9的引用).</summary>
    private static string QuoteOrReference(string? text) => Reference(text, chinese: true, inserted: true) ?? Quote(text);

    private static string Clause(AmendmentInstruction c)
    {
        if (EndPunctuation.Of(c) is { } endMark)
        {
            return EndPunctuation.Chinese(endMark);
        }

        var occurrence = c.Occurrence is { } n ? $"第{Ordinals.ChineseNumber(n)}处" : "";
        var anchor = QuoteOrReference(c.AnchorText);
        var where = c.Anchor switch
        {
            WordAnchor.AfterWords => $"{occurrence}{anchor}之后的",
            WordAnchor.BeforeWords => $"{occurrence}{anchor}之前的",
            WordAnchor.AtStart => "段首的",
            WordAnchor.AtEnd => "段末的",
            _ => occurrence,
        };
        if (ItalicChange.Of(c) is { } italics)
        {
            return Italics(italics, where);
        }

        return c.Kind switch
        {
            AmendmentKind.InsertWords => c.Anchor switch
            {
                WordAnchor.AfterWords => $"在{occurrence}{anchor}之后插入{QuoteOrReference(c.NewText)}{InItalics(c)}",
                WordAnchor.BeforeWords => $"在{occurrence}{anchor}之前插入{QuoteOrReference(c.NewText)}{InItalics(c)}",
                WordAnchor.AtStart => $"在段首插入{QuoteOrReference(c.NewText)}{InItalics(c)}",
                _ => $"在段末添加{QuoteOrReference(c.NewText)}{InItalics(c)}",
            },
            AmendmentKind.DeleteWords => $"删除{where}{QuoteOrReference(c.OldText)}",
            _ => $"将{where}{QuoteOrReference(c.OldText)}改为{QuoteOrReference(c.NewText)}{InItalics(c)}",
        };
    }

    /// <summary>As <c>EnglishWording.InItalics</c>: （斜体）, or （其中“……”为斜体）, 第二处“……” when the words occur twice in the new words.</summary>
    private static string InItalics(AmendmentInstruction c)
    {
        if (NewWordsItalics.Of(c) is not { } italics)
        {
            return "";
        }

        return italics.Whole ? "（斜体）"
            : "（其中" + ParagraphNames.JoinChinese(italics.Stretches.Select(s => (s.Occurrence is { } n ? $"第{Ordinals.ChineseNumber(n)}处" : "") + Quote(s.Words)).ToList()) + "为斜体）";
    }

    /// <summary>A change of italics only: 将“……”改为斜体 / 取消“……”的斜体; part of the quoted words: 在“……”中，将“……”改为斜体，并取消“……”的斜体.</summary>
    private static string Italics(ItalicChange change, string where)
    {
        if (change.Whole)
        {
            return change.Italicized.Count == 1 ? $"将{where}{Quote(change.Words)}改为斜体" : $"取消{where}{Quote(change.Words)}的斜体";
        }

        var verbs = new List<string>();
        if (change.Italicized.Count > 0)
        {
            verbs.Add($"将{string.Join("、", change.Italicized.Select(w => Quote(w)))}改为斜体");
        }

        if (change.Unitalicized.Count > 0)
        {
            verbs.Add($"取消{string.Join("、", change.Unitalicized.Select(w => Quote(w)))}的斜体");
        }

        return $"在{where}{Quote(change.Words)}中，{string.Join("，并", verbs)}";
    }

    private static string Single(AmendmentInstruction i)
    {
        var name = i.Target?.Name(DraftLanguage.Chinese) ?? "";
        return i.Kind switch
        {
            _ when i.IsTableChange => TableWording.Chinese(i),
            AmendmentKind.InsertParagraph => $"{Place(i)}插入{NewParagraphs(i)}。",
            AmendmentKind.MoveParagraph => $"将{name}{MoveTo(i)}。",
            AmendmentKind.InsertQuotedLines => QuotedLines(i, name),
            AmendmentKind.MoveQuotedLine => QuotedMove(i),
            AmendmentKind.ReplaceParagraph => $"将{name}{(i.IsChapeau ? "的导言" : "")}改为：{Quote(i.NewText)}{InItalics(i)}。",
            AmendmentKind.ReplaceHeading => i.OldText is null ? $"在{name}之前插入标题{Quote(i.NewText)}。"
                : i.NewText is null ? $"删除{name}之前的标题。"
                : $"将{name}之前的标题改为{Quote(i.NewText)}。",
            AmendmentKind.ReplacePartTitle => PartTitle(i),
            AmendmentKind.StartPart => $"自{name}起另立一项决议，"
                + (i.Part is { Title.Length: > 0 } titled ? $"标题为{Quote(titled.Title)}，" : "")
                + $"主语行为{Quote(i.Part?.AuthorLine)}。",
            AmendmentKind.EndPart when i.Placement?.Reference?.Part is { } after => $"将决议{i.Target!.Part}并入决议{after}，删除其标题和主语行。",
            AmendmentKind.EndPart => i.Target!.Part is { } letter && PartLetters.Before(letter) is { } before
                ? $"将决议{letter}并入决议{before}，删除其标题和主语行。"
                : $"删除字母{Quote(i.Target.Part)}，案文不再分为几部分"
                    + (i.Part is { Title.Length: > 0 } titled ? $"，其标题为{Quote(titled.Title)}" : "")
                    + (i.Part is { AuthorLine.Length: > 0 } authored ? (i.Part.Title.Length > 0 ? "，" : "，其") + $"主语行为{Quote(authored.AuthorLine)}" : "") + "。",
            AmendmentKind.StartSection => $"自{name}起另立一节，段落从1起编号。",
            AmendmentKind.EndSection => $"取消{(i.Target!.Part is { } p ? "决议" + p : "")}第{SectionNumbers.InChinese(i.Target.Section ?? "")}节，其段落与前面的段落连续编号。",
            AmendmentKind.ReplacePartAuthorLine => string.IsNullOrEmpty(i.OldText) ? $"为决议{i.Target!.Part}加上主语行{Quote(i.NewText)}。"
                : string.IsNullOrEmpty(i.NewText) ? $"删除决议{i.Target!.Part}的主语行。"
                : $"在决议{i.Target!.Part}中，将主语行{Quote(i.OldText)}改为{Quote(i.NewText)}。",
            _ => throw new ArgumentException($"{i.Kind} is worded with the others of its item.", nameof(i)),
        };
    }

    /// <summary>在执行部分第3段所引案文中，在“……”一行之后插入一个新行，内容如下：“……”。/ 在执行部分第3段末尾插入以下引文：“……”。(ADR 0028)</summary>
    private static string QuotedLines(AmendmentInstruction i, string name)
    {
        var lines = ParagraphNames.JoinChinese(i.Content.Select(c => Quote(c.Text)).ToList());
        if (i.Placement!.Reference is not { } line)
        {
            return $"在{name}{(i.Placement.Kind == PlacementKind.AtStart ? "开头" : "末尾")}插入以下引文：{lines}。";
        }

        var side = i.Placement.Kind == PlacementKind.After ? "之后" : "之前";
        if (line.NamesLine)
        {
            // 另一行文字相同：以行号指明 (ADR 0028, amendment 2): 在执行部分第3段所引案文第3行之后插入……
            return $"在{line.Name(DraftLanguage.Chinese)}{side}插入{Count(i.Content.Count)}个新行，内容如下：{lines}。";
        }

        return $"在{line.Name(DraftLanguage.Chinese)}中，在{Quote(i.OldText)}一行{side}插入{Count(i.Content.Count)}个新行，内容如下：{lines}。";
    }

    /// <summary>在执行部分第3段所引案文中，将“……”一行移至“……”一行之后。(ADR 0028, amendment 2); 以行号指明：将第4行移至……</summary>
    private static string QuotedMove(AmendmentInstruction i)
    {
        static string Line(ParagraphReference line, string? text) =>
            line is { NamesLine: true, QuotedLine: { } n } ? $"第{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}行" : Quote(text) + "一行";

        var placement = i.Placement!;
        var to = placement.Kind switch
        {
            PlacementKind.After => Line(placement.Reference!, i.AnchorText) + "之后",
            PlacementKind.Before => Line(placement.Reference!, i.AnchorText) + "之前",
            PlacementKind.AtStart => "所引案文开头",
            _ => "所引案文末尾",
        };
        return $"在{(i.Target! with { NamesLine = false }).Name(DraftLanguage.Chinese)}中，将{Line(i.Target, i.OldText)}移至{to}。";
    }

    /// <summary>"在决议B的标题中，将“……”改为“……”。"; a title added or deleted.</summary>
    private static string PartTitle(AmendmentInstruction i)
    {
        var part = "决议" + i.Target!.Part;
        return string.IsNullOrEmpty(i.OldText) ? $"为{part}加上标题{Quote(i.NewText)}。"
            : string.IsNullOrEmpty(i.NewText) ? $"删除{part}的标题。"
            : $"在{part}的标题中，将{Quote(i.OldText)}改为{Quote(i.NewText)}。";
    }

    private static string Place(AmendmentInstruction i)
    {
        var placement = i.Placement!;
        var within = i.Parent is null ? "案文" : i.Parent.Name(DraftLanguage.Chinese);
        return placement.Kind switch
        {
            PlacementKind.After => $"在{placement.Reference!.Name(DraftLanguage.Chinese)}之后",
            PlacementKind.Before => $"在{placement.Reference!.Name(DraftLanguage.Chinese)}之前",
            PlacementKind.AtStart => $"在{within}开头",
            _ => $"在{within}末尾",
        };
    }

    private static string MoveTo(AmendmentInstruction i)
    {
        var placement = i.Placement!;
        var within = i.Parent is null ? "案文" : i.Parent.Name(DraftLanguage.Chinese);
        if (EdgeName(placement) is { } edge)
        {
            // Across an edge only (ADR 0016): 移至决议B开头 / 移至第一节末尾.
            return "移至" + edge + (placement.Kind == PlacementKind.Before ? "开头" : "末尾");
        }

        return placement.Kind switch
        {
            PlacementKind.After => $"移至{placement.Reference!.Name(DraftLanguage.Chinese)}之后",
            PlacementKind.Before => $"移至{placement.Reference!.Name(DraftLanguage.Chinese)}之前",
            PlacementKind.AtStart => $"移至{within}开头",
            _ => $"移至{within}末尾",
        };
    }

    /// <summary>As <c>EnglishWording.EdgeName</c>: 决议B, 第二节, 决议B第二节.</summary>
    private static string? EdgeName(ParagraphPlacement placement) => placement switch
    {
        { Edge: PlacementEdge.Part, Reference.Part: { } part } => "决议" + part,
        { Edge: PlacementEdge.Section, Reference.Section: { } section } => (placement.Reference.Part is { } p ? "决议" + p : "") + $"第{SectionNumbers.InChinese(section)}节",
        _ => null,
    };

    private static string NewParagraphs(AmendmentInstruction i)
    {
        var content = i.Content;
        var sub = i.Parent is not null;
        var kinds = content.Select(c => c.Kind).Distinct().ToList();
        if (kinds.Count == 1 && content.All(c => c.Heading is null))
        {
            var reference = i.Placement?.Reference;
            var noun = sub ? "新分段" : reference is not null && reference.Kind == kinds[0] ? "新段落" : $"新的{KindWord(kinds[0])}段落";
            return $"{Count(content.Count)}个{noun}，内容如下：" + ParagraphNames.JoinChinese(content.Select(WithTables).ToList());
        }

        return ParagraphNames.JoinChinese(content.Select(c =>
            $"一个{(sub ? "新分段" : $"新的{KindWord(c.Kind)}段落")}"
            + (c.Heading is null ? "" : $"（标题为{Quote(c.Heading)}）")
            + $"，内容为{WithTables(c)}").ToList());
    }

    /// <summary>新段落的案文，其后为它带来的表格（ADR 0029）。</summary>
    private static string WithTables(ParagraphContent c) => Content(c, DraftLanguage.Chinese) + TableWording.Following(c, DraftLanguage.Chinese);

    private static string KindWord(ParagraphKind kind) => kind == ParagraphKind.Preambular ? "序言部分" : "执行部分";

    private static string Count(int n) => n == 2 ? "两" : Ordinals.ChineseNumber(n);
}
