using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Random truncations and byte flips of every fixture, seeded: the importer answers with a draft
/// or a clear reason, never an exception.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerFile = 24;

    public static TheoryData<string, string> AllFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "text", "akn", "not-resolutions" })
        {
            foreach (var file in Fixtures.Files(folder, folder == "akn" ? "*.xml" : "*.txt"))
            {
                data.Add(folder, file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Import_TruncatedOrFlipped_GivesADraftOrAReason(string folder, string file)
    {
        var original = Fixtures.Bytes(folder, file);
        var random = new Random(file.Sum(c => c) * 31 + 20251124);
        for (var i = 0; i < CasesPerFile; i++)
        {
            AssertAnswers(Mutate(original, random, i), $"{file} case {i}");
        }
    }

    [Fact]
    public void Import_MutatedDocx_GivesADraftOrAReason()
    {
        var draft = Fixtures.Import("text", "A_C.6_80_L.10.txt");
        var docx = DocxExporter.Export(draft);
        var random = new Random(4);
        for (var i = 0; i < 60; i++)
        {
            AssertAnswers(Mutate(docx, random, i), $"docx case {i}");
        }
    }

    private static byte[] Mutate(byte[] original, Random random, int i)
    {
        var bytes = (byte[])original.Clone();
        switch (i % 3)
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                for (var k = 0; k < 1 + random.Next(8); k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            default:
                var cut = random.Next(bytes.Length);
                var length = random.Next(Math.Min(400, bytes.Length - cut));
                return [.. bytes[..cut], .. bytes[(cut + length)..]];
        }
    }

    private static void AssertAnswers(byte[] input, string what)
    {
        var result = DraftImporter.Import(input);

        Assert.True(result.IsSuccess ^ (result.Error is not null), what);
        if (!result.IsSuccess)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error), what);
            Assert.DoesNotContain('\n', result.Error!);
        }
    }
}
