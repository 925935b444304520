using System.Globalization;
using System.Xml.Linq;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Export.AknNames;

namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// A node's quotation in AKN (ADR 0028): a <c>p</c> after the node's own text holding a <c>quotedStructure</c>,
/// one <c>p</c> per quoted line with the line's id as <c>wId</c>. The quotation marks stay in the lines'
/// words, as the draft holds them; the importer reads each <c>p</c> back as one line.
/// </summary>
internal static class AknQuotedStructure
{
    public static XElement? Of(ParagraphNode node, string eId, AknInline inline)
    {
        if (node.Quotation.Count == 0)
        {
            return null;
        }

        var id = eId + "__qstr_1";
        var quoted = new XElement(N("quotedStructure"), new XAttribute("eId", id));
        for (var i = 0; i < node.Quotation.Count; i++)
        {
            var line = node.Quotation[i];
            var p = inline.P(line.Text, 0);
            p.Add(new XAttribute("eId", id + "__p_" + (i + 1).ToString(CultureInfo.InvariantCulture)), new XAttribute("wId", line.Id));
            quoted.Add(p);
        }

        return new XElement(N("p"), quoted);
    }
}
