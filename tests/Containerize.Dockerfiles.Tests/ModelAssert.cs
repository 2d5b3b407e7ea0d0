namespace Containerize.Dockerfiles.Tests;

internal static class ModelAssert
{
    /// <summary>Same instructions: dump, flags, argument text, JSON form, heredocs, and typed meaning.</summary>
    public static void SameInstructions(Dockerfile expected, Dockerfile actual)
    {
        Assert.AreEqual(expected.EscapeToken, actual.EscapeToken);
        Assert.HasCount(expected.Instructions.Count, actual.Instructions);
        for (var i = 0; i < expected.Instructions.Count; i++)
        {
            var e = expected.Instructions[i];
            var a = actual.Instructions[i];
            Assert.AreEqual(e.Dump(), a.Dump(), $"instruction {i + 1}");
            Assert.AreEqual(e.Kind, a.Kind);
            Assert.AreEqual(e.ArgumentText, a.ArgumentText);
            Assert.AreEqual(e.IsJsonForm, a.IsJsonForm);
            CollectionAssert.AreEqual(e.Flags.Select(f => f.Text).ToList(), a.Flags.Select(f => f.Text).ToList());
            CollectionAssert.AreEqual(
                e.Heredocs.Select(h => (h.Name, h.FileDescriptor, h.Expand, h.Chomp, h.Content)).ToList(),
                a.Heredocs.Select(h => (h.Name, h.FileDescriptor, h.Expand, h.Chomp, h.Content)).ToList());
        }

        CollectionAssert.AreEqual(
            expected.Stages.Stages.Select(s => (s.Name, s.BaseImage, s.BaseStage?.Index)).ToList(),
            actual.Stages.Stages.Select(s => (s.Name, s.BaseImage, s.BaseStage?.Index)).ToList());
    }
}
