namespace Containerize.Dockerfiles.Tests;

[TestClass]
public sealed class StageGraphTests
{
    private const string MultiStage = """
        ARG DOTNET=10.0
        ARG REGISTRY
        FROM mcr.microsoft.com/dotnet/sdk:${DOTNET} AS Build
        RUN dotnet publish -o /out
        FROM build AS test
        RUN dotnet test
        FROM ${REGISTRY}/tools:1 AS tools
        FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET:-9.0}-noble-chiseled
        COPY --from=BUILD /out /app
        COPY --from=2 /bin/tool /usr/bin/tool
        COPY --from=nginx:latest /etc/nginx /etc/nginx
        RUN --mount=from=tools,target=/t true
        """;

    [TestMethod]
    public void Stages_resolve_global_args_in_from()
    {
        var graph = Dockerfile.Parse(MultiStage).Stages;
        Assert.HasCount(4, graph.Stages);
        Assert.AreEqual("mcr.microsoft.com/dotnet/sdk:10.0", graph.Stages[0].BaseImage);
        Assert.AreEqual("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", graph.Final!.BaseImage);
        Assert.HasCount(2, graph.GlobalArgs);
        Assert.AreEqual("/tools:1", graph.Stages[2].BaseImage, "an ARG without a default expands to nothing");
        Assert.IsEmpty(graph.Stages[2].UnresolvedFromArgs, "REGISTRY is declared, only empty");
    }

    [TestMethod]
    public void Stage_names_match_case_insensitively_and_by_index()
    {
        var graph = Dockerfile.Parse(MultiStage).Stages;
        Assert.AreSame(graph.Stages[0], graph.Stages[1].BaseStage);
        var final = graph.Final!;
        var targets = final.References.Select(r => r.Target?.Index).ToList();
        CollectionAssert.AreEqual(new int?[] { 0, 2, null, 2 }, targets);
        Assert.IsTrue(final.References[2].IsImage);
        Assert.AreEqual("nginx:latest", final.References[2].Text);
    }

    [TestMethod]
    public void Final_stage_dependencies_are_transitive()
    {
        var graph = Dockerfile.Parse(MultiStage).Stages;
        CollectionAssert.AreEqual(new[] { 0, 2 }, graph.DependenciesOf(graph.Final!).Select(s => s.Index).ToList());
        CollectionAssert.AreEqual(new[] { 0 }, graph.DependenciesOf(graph.Stages[1]).Select(s => s.Index).ToList());
    }

    [TestMethod]
    public void Undeclared_from_arg_forward_reference_and_duplicate_names_are_visible()
    {
        var graph = Dockerfile.Parse("FROM $BASE AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nFROM alpine AS A\n").Stages;
        CollectionAssert.AreEqual(new[] { "BASE" }, graph.Stages[0].UnresolvedFromArgs.ToList());
        Assert.IsTrue(graph.Stages[0].References.Single().IsForward);
        Assert.AreEqual(2, graph.DuplicateNames.Single().Index);
    }

    [TestMethod]
    public void Automatic_platform_args_need_no_declaration()
    {
        var graph = Dockerfile.Parse("FROM --platform=$BUILDPLATFORM golang:1.22-$TARGETARCH\n").Stages;
        Assert.IsEmpty(graph.Stages[0].UnresolvedFromArgs);
    }
}
