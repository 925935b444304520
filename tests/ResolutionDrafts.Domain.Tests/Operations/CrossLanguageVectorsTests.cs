using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// The browser's text operations (wwwroot/js/live) must transform exactly as these do, or the
/// server and the browsers drift apart. tests/js/vectors.json holds cases with the outputs of this
/// implementation; this test checks them against C# and tests/js/vectors.test.mjs against JS.
/// With RD_WRITE_VECTORS=1 it rewrites the expected outputs instead (keeping the hand-picked
/// inputs) and regenerates the seeded random cases.
/// </summary>
public sealed class CrossLanguageVectorsTests
{
    private const string RandomPrefix = "random ";

    [Fact]
    public void Vectors_MatchTheCSharpImplementation()
    {
        var path = VectorsPath();
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var text = root["text"]!.AsArray();
        var draft = root["draft"]!.AsArray();

        if (Environment.GetEnvironmentVariable("RD_WRITE_VECTORS") == "1")
        {
            var textCases = text.Select(c => c!.AsObject()).Where(c => !IsRandom(c)).ToList();
            var draftCases = draft.Select(c => c!.AsObject()).Where(c => !IsRandom(c)).ToList();
            var random = new Random(20251007);
            textCases.AddRange(Enumerable.Range(1, 200).Select(i => RandomTextCase(random, i)));
            draftCases.AddRange(Enumerable.Range(1, 60).Select(i => RandomDraftCase(random, i)));
            foreach (var c in textCases)
            {
                c["expected"] = ExpectedText(c);
            }

            foreach (var c in draftCases)
            {
                c["expected"] = ExpectedDraft(c);
            }

            File.WriteAllText(path, Write(root["note"]!.GetValue<string>(), textCases, draftCases));
            return;
        }

        Assert.True(text.Count >= 20 && draft.Count >= 10, "vectors.json has lost its cases.");
        foreach (var c in text.Select(c => c!.AsObject()))
        {
            AssertSame(c, c["expected"], ExpectedText(c));
        }

        foreach (var c in draft.Select(c => c!.AsObject()))
        {
            AssertSame(c, c["expected"], ExpectedDraft(c));
        }
    }

    private static JsonObject ExpectedText(JsonObject c)
    {
        var text = c["text"]!.GetValue<string>();
        var a = ParseText(c["a"]!);
        var b = ParseText(c["b"]!);
        var applied = Value(a.Apply(text));
        var (aPrime, bPrime) = Value(TextOperation.Transform(a, b));
        Assert.Equal(Value(bPrime.Apply(applied)), Value(aPrime.Apply(Value(b.Apply(text)))));
        var expected = new JsonObject
        {
            ["applyA"] = applied,
            ["transform"] = new JsonArray(ToNode(aPrime), ToNode(bPrime)),
            ["positions"] = new JsonArray([.. Enumerable.Range(0, text.Length + 1).Select(p => (JsonNode)a.TransformPosition(p))]),
        };
        if (c["c"] is { } second)
        {
            expected["compose"] = ToNode(Value(TextOperation.Compose(a, ParseText(second))));
        }

        return expected;
    }

    private static JsonArray ExpectedDraft(JsonObject c)
    {
        var earlier = Value(DraftOperationJson.Parse(c["earlier"]!.ToJsonString()));
        var later = Value(DraftOperationJson.Parse(c["later"]!.ToJsonString()));
        var (e, l) = Value(DraftOperation.Transform(earlier, later));
        return new JsonArray(JsonNode.Parse(DraftOperationJson.Serialize(e)), JsonNode.Parse(DraftOperationJson.Serialize(l)));
    }

    private static JsonObject RandomTextCase(Random random, int number)
    {
        var text = RandomText.CodePoints(random, 0, 10);
        var a = RandomText.Operation(random, text);
        var b = RandomText.Operation(random, text);
        var c = RandomText.Operation(random, Value(a.Apply(text)));
        return new JsonObject
        {
            ["name"] = RandomPrefix + number,
            ["text"] = text,
            ["a"] = ToNode(a),
            ["b"] = ToNode(b),
            ["c"] = ToNode(c),
        };
    }

    /// <summary>Earlier: anything the server may order first; later: what a browser sends (text edits, batches of them).</summary>
    private static JsonObject RandomDraftCase(Random random, int number)
    {
        var texts = new Dictionary<string, string>
        {
            ["p1"] = RandomText.CodePoints(random, 0, 6),
            ["p2"] = RandomText.CodePoints(random, 0, 6),
            ["p2-a"] = RandomText.CodePoints(random, 0, 6),
        };
        DraftOperation Edit(string id) => new EditText(id, RandomText.Operation(random, texts[id]));
        DraftOperation Earlier() => random.Next(6) switch
        {
            0 => new DeleteParagraph("p1", null, 0, []),
            1 => new DeleteParagraph("p2", null, 1, ["p2-a"]),
            2 => new DeleteParagraph("p2-a", "p2", 0, []),
            3 => new InsertParagraph("p9", ParagraphKind.Operative, random.Next(3), RandomText.CodePoints(random, 0, 3)),
            _ => Edit(random.Next(2) == 0 ? "p1" : "p2-a"),
        };
        DraftOperation Later() => Edit(random.Next(3) switch { 0 => "p1", 1 => "p2", _ => "p2-a" });

        var earlier = random.Next(4) == 0 ? new OperationBatch([Earlier(), new MoveParagraph("p2", null, 1, 0)]) : Earlier();
        var later = random.Next(3) == 0 ? new OperationBatch([Edit("p1"), Edit("p2-a")]) : Later();
        return new JsonObject
        {
            ["name"] = RandomPrefix + number,
            ["earlier"] = JsonNode.Parse(DraftOperationJson.Serialize(earlier)),
            ["later"] = JsonNode.Parse(DraftOperationJson.Serialize(later)),
        };
    }

    private static void AssertSame(JsonObject c, JsonNode? expected, JsonNode actual) =>
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            $"Case '{c["name"]}': vectors.json has {expected?.ToJsonString()}, C# gives {actual.ToJsonString()}.");

    private static bool IsRandom(JsonObject c) => c["name"]!.GetValue<string>().StartsWith(RandomPrefix, StringComparison.Ordinal);

    private static TextOperation ParseText(JsonNode node) => Value(TextOperation.Parse(node.ToJsonString()));

    private static JsonNode ToNode(TextOperation op) => JsonNode.Parse(op.ToJson())!;

    private static T Value<T>(DomainResult<T> result)
    {
        Assert.True(result.IsSuccess, result.Error);
        return result.Value!;
    }

    /// <summary>One case per line, so a diff of the file shows which cases changed.</summary>
    private static string Write(string note, List<JsonObject> text, List<JsonObject> draft)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var sb = new StringBuilder();
        sb.Append("{\n  \"note\": ").Append(JsonSerializer.Serialize(note, options)).Append(",\n");
        void Section(string name, List<JsonObject> cases, bool last)
        {
            sb.Append("  \"").Append(name).Append("\": [\n");
            for (var i = 0; i < cases.Count; i++)
            {
                sb.Append("    ").Append(cases[i].ToJsonString(options)).Append(i < cases.Count - 1 ? ",\n" : "\n");
            }

            sb.Append(last ? "  ]\n" : "  ],\n");
        }

        Section("text", text, last: false);
        Section("draft", draft, last: true);
        return sb.Append("}\n").ToString();
    }

    private static string VectorsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "js", "vectors.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tests/js/vectors.json was not found above {AppContext.BaseDirectory}.");
    }
}
