using Containerize.Dockerfiles;
using Containerize.Generation;

namespace Containerize.Imaging.Tests;

/// <summary>The fast inner loop's final stage, planned from the generator's own Dockerfile and host layer folders.</summary>
[TestClass]
public sealed class FinalStagePlanTests
{
    private static ProjectFacts Web(bool selfContained = false) => new()
    {
        ProjectFile = "src/Api/Api.csproj",
        AssemblyName = "Api",
        TargetFramework = "net10.0",
        IsWeb = true,
        SelfContained = selfContained,
        RestoreFiles = new[] { "src/Api/Api.csproj", "NuGet.config" },
        SourceDirectories = new[] { "src/Api" },
        Ports = new[] { "5080" },
        EnvironmentVariables = new[] { new KeyValuePair<string, string>("GREETING", "hello world") },
        Version = "1.2.3",
        ImageRegistry = "localhost:5000/dotnet",
    };

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void The_generated_final_stage_is_built_from_the_layer_folders_with_its_own_config(bool selfContained)
    {
        var text = DockerfileGenerator.Generate(Web(selfContained)).Dockerfile!;
        var dockerfile = Dockerfile.Parse(text);
        var layers = LayerFolders(dockerfile);
        var plan = FinalStagePlan.Create(dockerfile, layers, DockerfileGenerator.LayersDirectory);

        Assert.IsNull(plan.Problem, plan.Problem);
        var final = dockerfile.Stages.Final!;
        var derived = Dockerfile.Parse(plan.DockerfileText);
        Assert.HasCount(1, derived.Stages.Stages, "only the final stage is built");
        Assert.AreEqual(final.BaseImage, derived.Stages.Final!.BaseImage);
        Assert.HasCount(final.Instructions.Count, derived.Stages.Final.Instructions, "every instruction of the final stage, none added");

        // Config instructions as written, in their order; COPY --from=build <layers>/NAME/ becomes COPY NAME/ from the context.
        var copies = final.Instructions.OfType<CopyInstruction>().ToList();
        var written = derived.Stages.Final.Instructions;
        foreach (var instruction in final.Instructions.Where(i => i.Kind is not InstructionKind.Copy))
        {
            Assert.IsTrue(written.Any(w => w.ToString() == instruction.ToString()), $"'{instruction}' is in the derived stage");
        }

        var derivedCopies = written.OfType<CopyInstruction>().ToList();
        Assert.HasCount(copies.Count, derivedCopies);
        for (var i = 0; i < copies.Count; i++)
        {
            Assert.IsNull(derivedCopies[i].From);
            Assert.AreEqual(copies[i].Sources[0].Value.Substring(DockerfileGenerator.LayersDirectory.Length + 1), derivedCopies[i].Sources[0].Value, "the same folder, from the context");
            Assert.AreEqual(copies[i].Destination, derivedCopies[i].Destination);
            Assert.AreEqual(copies[i].Link, derivedCopies[i].Link);
        }

        // Nothing that changes files comes after the first COPY but COPY; the order maps back to the original lines.
        var firstCopy = written.ToList().FindIndex(w => w.Kind == InstructionKind.Copy);
        Assert.IsTrue(written.Skip(firstCopy).All(w => w.Kind == InstructionKind.Copy), plan.DockerfileText);
        CollectionAssert.AreEquivalent(final.Instructions.ToList(), plan.Order.ToList());
        Assert.HasCount(derived.Instructions.Count, plan.Reported, "each derived instruction names the one it came from");
        for (var i = 0; i < derived.Instructions.Count; i++)
        {
            Assert.AreEqual(derived.Instructions[i].Kind, plan.Reported[i].Kind, $"instruction {i}");
        }

        Assert.AreSame(final.From, plan.Reported[0]);
        Assert.IsTrue(plan.Copies.All(c => c.Destination == "/app"), "WORKDIR /app applies to ./");
    }

    [TestMethod]
    public void A_final_stage_that_needs_the_build_stage_is_not_planned()
    {
        var text = DockerfileGenerator.Generate(Web()).Dockerfile! + "RUN [\"/app/Api\", \"--self-test\"]\n";
        var dockerfile = Dockerfile.Parse(text);
        var plan = FinalStagePlan.Create(dockerfile, LayerFolders(dockerfile), DockerfileGenerator.LayersDirectory);
        StringAssert.Contains(plan.Problem, "RUN at line " + dockerfile.Instructions.Last().StartLine);

        var fromContext = Dockerfile.Parse("FROM localhost:5000/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY bin/Release/ ./\n");
        StringAssert.Contains(FinalStagePlan.Create(fromContext, Path.GetTempPath(), DockerfileGenerator.LayersDirectory).Problem, "COPY at line 3");

        var missing = Dockerfile.Parse(DockerfileGenerator.Generate(Web()).Dockerfile!);
        var empty = Directory.CreateTempSubdirectory("ctz-layers-").FullName;
        StringAssert.Contains(FinalStagePlan.Create(missing, empty, DockerfileGenerator.LayersDirectory).Problem, "layer folder");
    }

    [TestMethod]
    public void A_copied_folder_lists_its_files_where_they_land()
    {
        var folder = Directory.CreateTempSubdirectory("ctz-folder-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "wwwroot"));
        File.WriteAllBytes(Path.Combine(folder, "Api.dll"), new byte[1234]);
        File.WriteAllBytes(Path.Combine(folder, "wwwroot", "site.css"), new byte[56]);
        var copy = (CopyInstruction)Dockerfile.Parse("FROM x\nCOPY --from=build /app/layers/app/ ./\n").Instructions[1];
        var listing = new CopiedFolder(copy, folder, "/app", "app").Listing();
        CollectionAssert.AreEqual(new[] { ("/app/Api.dll", 1234L, false), ("/app/wwwroot/site.css", 56L, false) }, listing);
    }

    [TestMethod]
    public void The_listing_cache_reads_back_what_it_stored()
    {
        var cache = new LayerListingCache(Directory.CreateTempSubdirectory("ctz-cache-").FullName);
        var files = new List<(string Path, long Size, bool Whiteout)> { ("/etc/os-release", 100, false), ("/app/old.dll", 0, true), ("/app/with space\tand tab", 7, false) };
        cache.StoreListing("sha256:abc", files);
        CollectionAssert.AreEqual(files, cache.Listing("sha256:abc"));
        Assert.IsNull(cache.Listing("sha256:def"));

        cache.StoreImage("sha256:img", new[] { ("ADD file:x in /", false), ("ENV A=1", true) }, new[] { "sha256:abc" });
        var image = cache.Image("sha256:img")!.Value;
        CollectionAssert.AreEqual(new[] { ("ADD file:x in /", false), ("ENV A=1", true) }, image.History);
        CollectionAssert.AreEqual(new[] { "sha256:abc" }, image.DiffIds);
    }

    // One host folder per layer folder the final stage copies, as _ContainerizeSplitPublishLayers leaves them.
    private static string LayerFolders(Dockerfile dockerfile)
    {
        var root = Directory.CreateTempSubdirectory("ctz-layers-").FullName;
        foreach (var copy in dockerfile.Stages.Final!.Instructions.OfType<CopyInstruction>())
        {
            var name = copy.Sources[0].Value.Substring(DockerfileGenerator.LayersDirectory.Length + 1).TrimEnd('/');
            Directory.CreateDirectory(Path.Combine(root, name));
            File.WriteAllText(Path.Combine(root, name, name + ".txt"), name);
        }

        return root;
    }
}
