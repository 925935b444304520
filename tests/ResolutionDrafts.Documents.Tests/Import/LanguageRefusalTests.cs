using System.Text;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>A resolution in another UN language is named and refused, unless the language is forced.</summary>
public sealed class LanguageRefusalTests
{
    private const string French = """
        Résolution adoptée par l’Assemblée générale
        L’Assemblée générale,
        Rappelant sa résolution 74/1 et les résolutions sur la question qui ont été adoptées par le Conseil,
        Consciente de la nécessité de renforcer la coopération entre les États Membres dans le domaine des droits de l’homme,
        1. Prie le Secrétaire général de lui présenter un rapport sur l’application de la présente résolution à sa soixante-seizième session;
        2. Décide de poursuivre l’examen de la question à sa soixante-seizième session, au titre de la question intitulée « Promotion et protection des droits de l’homme ».
        """;

    private const string Spanish = """
        Resolución aprobada por la Asamblea General
        La Asamblea General,
        Recordando su resolución 74/1 y las resoluciones sobre la cuestión que han sido aprobadas por el Consejo,
        Consciente de la necesidad de reforzar la cooperación entre los Estados Miembros en el ámbito de los derechos humanos,
        1. Solicita al Secretario General que le presente un informe sobre la aplicación de la presente resolución en su septuagésimo sexto período de sesiones;
        2. Decide seguir examinando la cuestión en su septuagésimo sexto período de sesiones, en relación con el tema titulado “Promoción y protección de los derechos humanos”.
        """;

    private const string Russian = """
        Резолюция, принятая Генеральной Ассамблеей
        Генеральная Ассамблея,
        ссылаясь на свою резолюцию 74/1,
        1. просит Генерального секретаря представить ей доклад;
        2. постановляет продолжить рассмотрение этого вопроса.
        """;

    private const string Arabic = """
        قرار اتخذته الجمعية العامة
        إن الجمعية العامة،
        إذ تشير إلى قرارها 74/1،
        1 - تطلب إلى الأمين العام أن يقدم إليها تقريرا؛
        2 - تقرر مواصلة النظر في هذه المسألة.
        """;

    [Theory]
    [InlineData(French, "French")]
    [InlineData(Spanish, "Spanish")]
    [InlineData(Russian, "Russian")]
    [InlineData(Arabic, "Arabic")]
    public void Import_TextInAnotherUnLanguage_IsRefusedNamingIt(string text, string language)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.False(result.IsSuccess);
        Assert.Equal($"the document is in {language}; this version reads English and Chinese", result.Error);
    }

    [Fact]
    public void Import_FrenchAkn_IsRefusedNamingIt()
    {
        var xml = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="fra"/></FRBRExpression></identification></meta><preamble><formula><p>L’Assemblée générale,</p></formula></preamble><mainBody><paragraph><content><p>Décide de poursuivre l’examen de la question.</p></content></paragraph></mainBody></statement></akomaNtoso>""";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.Equal("the document is in French; this version reads English and Chinese", result.Error);
    }

    [Fact]
    public void Import_EnglishResolutionQuotingFrenchTitles_IsEnglish()
    {
        const string text = """
            The General Assembly,
            Recalling the Declaration « Déclaration sur les droits des peuples autochtones et la coopération des États » of the Conference,
            1. Welcomes the work of the Organisation internationale de la Francophonie in Côte d’Ivoire;
            2. Decides to remain seized of the matter.
            """;

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("en", result.Draft!.Language);
    }

    [Fact]
    public void Import_ChineseAknLabelledSpanish_IsReadAsChineseWithAWarning()
    {
        var xml = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta><identification><FRBRExpression><FRBRlanguage language="spa"/></FRBRExpression></identification></meta><preamble><formula><p>大会，</p></formula><container><p>回顾其以往关于司法系统中妇女的各项决议，</p></container></preamble><mainBody><paragraph><content><p>决定继续审议这一问题。</p></content></paragraph></mainBody></statement></akomaNtoso>""";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("zh", result.Draft!.Language);
        Assert.Contains("The file says it is in Spanish, but its text is in Chinese; it was read as Chinese.", result.Warnings);
    }
}
