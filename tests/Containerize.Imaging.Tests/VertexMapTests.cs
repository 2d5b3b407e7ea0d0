using Containerize.Dockerfiles;
using Containerize.Imaging.BuildKit;

namespace Containerize.Imaging.Tests;

/// <summary>BuildKit's vertex names (as Docker 20.10's Dockerfile frontend writes them) mapped to the lines they come from.</summary>
[TestClass]
public sealed class VertexMapTests
{
    private const string MultiStage =
        "FROM --platform=$BUILDPLATFORM localhost:5000/dotnet/sdk:10.0 AS build\n" + // 1
        "ARG TARGETARCH\n" +                                                           // 2
        "WORKDIR /src\n" +                                                             // 3
        "COPY a.csproj ./\n" +                                                         // 4
        "RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore\n" +       // 5
        "COPY . .\n" +                                                                 // 6
        "RUN dotnet publish -o /app\n" +                                               // 7
        "\n" +                                                                         // 8
        "FROM localhost:5000/dotnet/aspnet:10.0-noble-chiseled\n" +                    // 9
        "WORKDIR /app\n" +                                                             // 10
        "ENV A=1\n" +                                                                  // 11
        "COPY --from=build /app/deps/ ./\n" +                                          // 12
        "COPY --from=build /app/app/ ./\n" +                                           // 13
        "ENTRYPOINT [\"dotnet\", \"a.dll\"]\n";                                        // 14

    [TestMethod]
    [DataRow("[build 1/6] FROM localhost:5000/dotnet/sdk:10.0", 1)]
    [DataRow("[build 2/6] WORKDIR /src", 3)]
    [DataRow("[build 4/6] RUN --mount=type=cache,target=/root/.nuget/packages dotnet restore", 5)]
    [DataRow("[build 6/6] RUN dotnet publish -o /app", 7)]
    [DataRow("[stage-1 1/4] FROM localhost:5000/dotnet/aspnet:10.0-noble-chiseled", 9)]
    [DataRow("[stage-1 3/4] COPY --from=build /app/deps/ ./", 12)]
    [DataRow("[stage-1 4/4] COPY --from=build /app/app/ ./", 13)]
    [DataRow("[internal] load metadata for localhost:5000/dotnet/aspnet:10.0-noble-chiseled", 9)]
    [DataRow("[linux/amd64 build 5/6] COPY . .", 6)]
    public void Step_names_map_to_their_line(string name, int line)
    {
        Assert.AreEqual(line, new VertexMap(Dockerfile.Parse(MultiStage)).Find(name)?.StartLine);
    }

    [TestMethod]
    [DataRow("[internal] load remote build context")]
    [DataRow("copy /context /")]
    [DataRow("exporting to image")]
    public void Internal_vertices_have_no_line(string name)
    {
        Assert.IsNull(new VertexMap(Dockerfile.Parse(MultiStage)).Find(name));
    }

    [TestMethod]
    public void A_single_stage_file_has_no_stage_name_in_its_steps()
    {
        var map = new VertexMap(Dockerfile.Parse("FROM localhost:5000/dotnet/sdk:10.0\nENV X=1\nRUN echo one\nRUN echo two\n"));
        Assert.AreEqual(3, map.Find("[2/3] RUN echo one")?.StartLine);
        Assert.AreEqual(4, map.Find("[3/3] RUN echo two")?.StartLine);
    }
}
