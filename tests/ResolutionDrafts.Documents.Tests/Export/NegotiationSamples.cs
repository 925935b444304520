using ResolutionDrafts.Documents.Tests.Amendments;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Negotiation;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Texts and proposals for the amendment and compilation exports: a Third Committee revised draft in English and in Chinese.</summary>
internal static class NegotiationSamples
{
    public static readonly DateTimeOffset Friday = new(2025, 11, 14, 10, 0, 0, TimeSpan.Zero);

    public static readonly ProposalActor Secretary = new("Committee secretary");

    /// <summary>The stand-in for A/C.3/80/L.20/Rev.1 (46 operative paragraphs), with the masthead of the Third Committee.</summary>
    public static Draft RightsOfTheChild()
    {
        var draft = FixtureAmendmentTests.RightsOfTheChild("A/C.3/80/L.20/Rev.1");
        TestDrafts.Ok(draft.SetMetadata(draft.Metadata with
        {
            Body = "General Assembly",
            Session = "Eightieth session",
            AgendaItem = new AgendaItem("67", "Promotion and protection of the rights of children"),
            Distribution = "Limited",
            Date = "6 November 2025",
            OriginalLanguage = "en",
        }));
        return draft;
    }

    /// <summary>A short Chinese revised draft of a Conference of States Parties.</summary>
    public static Draft ChineseRevised()
    {
        var draft = Draft.Create(DraftLanguage.Chinese, DocumentKind.RevisedDraftResolution, 1).Value!;
        TestDrafts.Ok(draft.SetMetadata(new DraftMetadata
        {
            Body = "联合国反腐败公约缔约国会议",
            Session = "第七届会议",
            PlaceAndDates = "2017年11月6日至10日，维也纳",
            AgendaItem = new AgendaItem("3", "技术援助"),
            Symbol = "CAC/COSP/2017/L.3/Rev.1",
            Distribution = "Limited",
            Date = "2017年11月9日",
            OriginalLanguage = "en",
        }));
        TestDrafts.Ok(draft.SetTitle("促进提供技术援助支持有效实施《联合国反腐败公约》"));
        TestDrafts.Ok(draft.SetAuthorLine("联合国反腐败公约缔约国会议，"));
        TestDrafts.Add(draft, ParagraphKind.Preambular, "pp1", "回顾其关于技术援助的各项决议，");
        TestDrafts.Add(draft, ParagraphKind.Operative, "op1", "请会员国提供技术援助，以支持有效实施《公约》；");
        TestDrafts.Add(draft, ParagraphKind.Operative, "op2", "请秘书处向缔约国会议第八届会议报告本决议的执行情况。");
        return draft;
    }

    public static Amendment Amend(Draft text, Action<Draft> edit)
    {
        var proposed = text.Clone();
        edit(proposed);
        var amendment = AmendmentBuilder.Compute(text, proposed);
        Assert.False(amendment.IsEmpty);
        return amendment;
    }

    public static void Replace(Draft draft, string id, string oldWords, string newWords)
    {
        var text = draft.FindNode(id)!.Text;
        Assert.Contains(oldWords, text, StringComparison.Ordinal);
        TestDrafts.Ok(draft.SetText(id, text.Replace(oldWords, newWords, StringComparison.Ordinal)));
    }

    /// <summary>The deletions Burundi proposed in A/C.3/80/L.64.</summary>
    public static Amendment L64(Draft rev1) => Amend(rev1, d =>
    {
        Replace(d, "op13", "sexual and reproductive health, ", "");
        Replace(d, "op27", "sexual and reproductive ", "");
        Replace(d, "op43", "sexual and reproductive ", "");
        Replace(d, "op46", "including sexual and reproductive health, ", "");
    });

    public static Proposal Propose(Draft text, string id, Action<Draft> edit, params string[] proposers) =>
        Proposal.Propose(id, ProposalTarget.Document(text.Metadata.Symbol!), proposers, Amend(text, edit), new ProposalActor("Delegate", proposers[0]), Friday).Value!;

    /// <summary>
    /// Proposals to the English text in every state: L.64 adopted by vote, a replacement of OP13
    /// that fell with it, a sub-amendment to a pending proposal, a withdrawn one, a new paragraph,
    /// a change to the preamble and a change with lettered parts. In the order submitted.
    /// </summary>
    public static List<Proposal> Proposals(Draft text)
    {
        var l64 = Proposal.Propose("L.64", ProposalTarget.Document("A/C.3/80/L.20/Rev.1"), ["Burundi"], L64(text), new ProposalActor("Delegate", "Burundi"), Friday).Value!;
        Assert.True(l64.PutToVote(Secretary, Friday).IsSuccess);
        Assert.True(l64.RecordVote(new VoteResult(54, 82, 21), Secretary, Friday).IsSuccess);

        var op13 = Propose(text, "EG-1", d => Replace(d, "op13", "including mental health, sexual and reproductive health, nutrition and immunization", "including mental health and nutrition, in accordance with national legislation"), "Egypt", "Qatar");
        Assert.True(op13.Fall(Secretary, Friday, becauseOf: "L.65").IsSuccess);

        var eu = Proposal.Propose("EU-1", ProposalTarget.Document("A/C.3/80/L.20/Rev.1"), ["Denmark", "Austria"], Amend(text, d => Replace(d, "op27", "evidence-based education", "evidence-based comprehensive education")), new ProposalActor("Delegate", "Denmark"), Friday, onBehalfOf: "the European Union").Value!;
        var parentText = AmendmentApplier.Apply(text, eu.Amendment).Value!;
        var sub = Proposal.ProposeSubAmendment("PE-1", eu, ["Peru"], Amend(parentText, d => Replace(d, "op27", "comprehensive education", "comprehensive, age-appropriate education")), new ProposalActor("Delegate", "Peru"), Friday).Value!;

        var withdrawn = Propose(text, "US-1", d => TestDrafts.Ok(d.Delete("op5")), "United States of America");
        Assert.True(withdrawn.Withdraw(new ProposalActor("Delegate", "United States of America"), Friday).IsSuccess);

        var added = Propose(text, "NO-1", d => TestDrafts.Add(d, ParagraphKind.Operative, "no1", "Encourages States to invest in school health programmes, including mental health support;", index: 2 + 20), "Norway", "Iceland");
        var preamble = Propose(text, "CL-1", d => Replace(d, "pp2", "a primary consideration", "the primary consideration"), "Chile");
        var lettered = Propose(text, "JP-1", d =>
        {
            Replace(d, "op3", "Requests States", "Encourages States");
            Replace(d, "op3", "measures on matter", "effective measures on matter");
        }, "Japan");
        Assert.True(preamble.Accept(Secretary, Friday).IsSuccess);

        return [l64, op13, eu, sub, withdrawn, added, preamble, lettered];
    }
}
