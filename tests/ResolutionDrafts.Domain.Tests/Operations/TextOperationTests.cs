using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

public sealed class TextOperationTests
{
    [Fact]
    public void Apply_RetainInsertDelete_ProducesTheEditedText()
    {
        var op = TextOperation.Builder().Retain(6).Delete(4).Insert("all ").Retain(13).Build();

        var result = op.Apply("Urges the Member States");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Urges all Member States", result.Value);
        Assert.Equal(23, op.BaseLength);
        Assert.Equal(23, op.TargetLength);
        Assert.Equal("[6,\"all \",-4,13]", op.ToJson());
    }

    [Fact]
    public void Apply_WrongLength_IsRefusedWithBothLengths()
    {
        var op = TextOperation.Identity(5);

        var result = op.Apply("abc");

        Assert.False(result.IsSuccess);
        Assert.Contains("5", result.Error);
        Assert.Contains("3", result.Error);
    }

    [Fact]
    public void Apply_BoundaryInsideSurrogatePair_IsRefused()
    {
        var text = "a😀b";
        var op = TextOperation.Builder().Retain(2).Insert("x").Retain(2).Build();

        var result = op.Apply(text);

        Assert.False(result.IsSuccess);
        Assert.Contains("cuts a character", result.Error);
    }

    [Fact]
    public void Builder_LoneSurrogateInsert_Throws()
    {
        Assert.Throws<ArgumentException>(() => TextOperation.Builder().Insert("\uD83D"));
    }

    [Fact]
    public void Builder_NormalisesMergesAndPutsInsertBeforeDelete()
    {
        var a = TextOperation.Builder().Retain(1).Retain(0).Retain(2).Delete(1).Insert("x").Insert("y").Delete(2).Build();
        var b = TextOperation.Builder().Retain(3).Insert("xy").Delete(3).Build();

        Assert.Equal(b, a);
        Assert.Equal("[3,\"xy\",-3]", a.ToJson());
    }

    [Fact]
    public void Transform_ConcurrentInsertsAtSamePosition_FirstOperationGoesFirst()
    {
        var earlier = TextOperation.Splice(3, 1, 0, "E");
        var later = TextOperation.Splice(3, 1, 0, "L");

        var (e, l) = TextOperation.Transform(earlier, later).Value;

        Assert.Equal("aELbc", l.Apply(earlier.Apply("abc").Value!).Value);
        Assert.Equal("aELbc", e.Apply(later.Apply("abc").Value!).Value);
    }

    [Fact]
    public void Transform_DifferentBaseLengths_IsRefused()
    {
        var result = TextOperation.Transform(TextOperation.Identity(2), TextOperation.Identity(3));

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Compose_MismatchedLengths_IsRefused()
    {
        var result = TextOperation.Compose(TextOperation.Splice(2, 0, 0, "x"), TextOperation.Identity(2));

        Assert.False(result.IsSuccess);
        Assert.Contains("produces 3", result.Error);
    }

    [Fact]
    public void Invert_UndoesTheOperation()
    {
        var op = TextOperation.Splice(6, 1, 3, "大会");
        var after = op.Apply("a𠀀bcd").Value!;

        var inverse = op.Invert("a𠀀bcd").Value!;

        Assert.Equal("a𠀀bcd", inverse.Apply(after).Value);
    }

    [Fact]
    public void TransformPosition_InsertBeforeCaret_PushesIt()
    {
        var op = TextOperation.Builder().Insert("ab").Retain(3).Delete(2).Retain(1).Build();

        Assert.Equal(2, op.TransformPosition(0));
        Assert.Equal(5, op.TransformPosition(3));
        Assert.Equal(5, op.TransformPosition(4));
        Assert.Equal(6, op.TransformPosition(6));
    }

    [Theory]
    [InlineData("[3,\"é\",-2,1]", 6, 5)]
    [InlineData("[]", 0, 0)]
    [InlineData("[\"😀\"]", 0, 2)]
    public void Parse_WellFormed_ReadsLengths(string json, int baseLength, int targetLength)
    {
        var op = TextOperation.Parse(json);

        Assert.True(op.IsSuccess, op.Error);
        Assert.Equal(baseLength, op.Value!.BaseLength);
        Assert.Equal(targetLength, op.Value.TargetLength);
    }

    [Fact]
    public void Parse_AdjacentSameKind_IsMerged()
    {
        Assert.Equal("[5,\"ab\",-3]", TextOperation.Parse("[2,3,\"a\",\"b\",-1,-2]").Value!.ToJson());
    }

    [Theory]
    [InlineData("{}", "is an array")]
    [InlineData("[0]", "other than 0")]
    [InlineData("[1.5]", "whole number")]
    [InlineData("[\"\"]", "empty string")]
    [InlineData("[true]", "number or a string")]
    [InlineData("[[1]]", "number or a string")]
    [InlineData("[\"\\ud83d\"]", "lone surrogate")]
    [InlineData("[\"\\ude00x\"]", "lone surrogate")]
    [InlineData("[1", "")]
    [InlineData("[-2147483648]", "other than 0")]
    [InlineData("[20001]", "more than 20,000")]
    public void Parse_Malformed_IsRefusedWithAClearMessage(string json, string expected)
    {
        var op = TextOperation.Parse(json);

        Assert.False(op.IsSuccess);
        Assert.StartsWith("Not a valid text operation", op.Error);
        Assert.Contains(expected, op.Error);
    }

    [Fact]
    public void Parse_OneMegabyteInsert_IsRefused()
    {
        var json = "[\"" + new string('x', 1024 * 1024) + "\"]";

        var op = TextOperation.Parse(json);

        Assert.False(op.IsSuccess);
        Assert.Contains($"{DraftLimits.MaxTextLength:N0}", op.Error);
    }
}
