namespace Containerize.Dockerfiles.Tests;

/// <summary>The shared .NET image vocabulary: reading image references and building Microsoft's .NET image names.</summary>
[TestClass]
public sealed class DotnetImagesTests
{
    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0.1-noble-chiseled-composite-extra", "aspnet", "10.0", "10.0.1", "noble", true, true, true, false)]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled-aot", "runtime-deps", "8.0", "8.0", "jammy", true, false, false, true)]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0.400-alpine3.23@sha256:b36516", "sdk", "10.0", "10.0.400", "alpine3.23", false, false, false, false)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:9.0.8-bookworm-slim", "aspnet", "9.0", "9.0.8", "bookworm-slim", false, false, false, false)]
    [DataRow("mcr.microsoft.com/dotnet/runtime:8.0.30-alpine3.24-amd64", "runtime", "8.0", "8.0.30", "alpine3.24", false, false, false, false)]
    [DataRow("mcr.microsoft.com/dotnet/core/aspnet:3.1", "aspnet", "3.1", "3.1", null, false, false, false, false)]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0-preview-alpine-aot", "sdk", "10.0", "10.0-preview", "alpine", false, false, false, true)]
    public void Reads_a_dotnet_tag(string text, string flavor, string version, string full, string? distro, bool chiseled, bool composite, bool extra, bool aot)
    {
        var image = ImageReference.Parse(text);
        Assert.AreEqual(flavor, image.DotnetFlavor);
        Assert.AreEqual(version, image.DotnetVersion);
        Assert.AreEqual(full, image.DotnetVersionText);
        Assert.AreEqual(distro, image.Distro);
        Assert.AreEqual(chiseled, image.IsChiseled);
        Assert.AreEqual(composite, image.IsComposite);
        Assert.AreEqual(extra, image.IsExtra);
        Assert.AreEqual(aot, image.IsAot);
    }

    [TestMethod]
    public void Splits_repository_tag_and_digest()
    {
        var image = ImageReference.Parse("localhost:5000/dotnet/aspnet:10.0@sha256:abc");
        Assert.AreEqual("localhost:5000/dotnet/aspnet", image.Repository);
        Assert.AreEqual("10.0", image.Tag);
        Assert.AreEqual("sha256:abc", image.Digest);
        Assert.AreEqual("localhost:5000/dotnet", image.DotnetRegistry);
        Assert.IsNull(ImageReference.Parse("localhost:5000/app").Tag, "a registry port is not a tag");
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-alpine", false)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-alpine-extra", true)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled", false)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", true)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0-distroless", false)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", true)]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble", true)]
    public void Knows_which_images_carry_icu(string text, bool icu) => Assert.AreEqual(icu, ImageReference.Parse(text).HasIcu);

    [TestMethod]
    [DataRow("8.0", "noble")]
    [DataRow("9.0", "noble")]
    [DataRow("10.0", "noble")]
    [DataRow("11.0", "resolute")]
    [DataRow("7.0", "jammy")]
    public void Ubuntu_release_per_version(string version, string release) => Assert.AreEqual(release, DotnetImages.UbuntuRelease(version));

    [TestMethod]
    [DataRow("aspnet", "10.0", DotnetImageFamily.UbuntuChiseled, false, false, false, "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled")]
    [DataRow("aspnet", "11.0.2", DotnetImageFamily.UbuntuChiseled, true, true, false, "mcr.microsoft.com/dotnet/aspnet:11.0.2-resolute-chiseled-composite-extra")]
    [DataRow("runtime-deps", "10.0", DotnetImageFamily.UbuntuChiseled, false, false, true, "mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-aot")]
    [DataRow("runtime", "9.0", DotnetImageFamily.Alpine, true, false, false, "mcr.microsoft.com/dotnet/runtime:9.0-alpine-extra")]
    [DataRow("aspnet", "10.0", DotnetImageFamily.AzureLinuxDistroless, true, false, false, "mcr.microsoft.com/dotnet/aspnet:10.0-azurelinux3.0-distroless-extra")]
    [DataRow("sdk", "10.0", DotnetImageFamily.Ubuntu, true, true, true, "mcr.microsoft.com/dotnet/sdk:10.0-noble-aot")]
    [DataRow("aspnet", "10.0", DotnetImageFamily.Debian, false, false, false, "mcr.microsoft.com/dotnet/aspnet:10.0")]
    [DataRow("runtime", "8.0", DotnetImageFamily.Debian, false, true, false, "mcr.microsoft.com/dotnet/runtime:8.0")]
    public void Builds_image_names(string flavor, string version, DotnetImageFamily family, bool extra, bool composite, bool aot, string expected) =>
        Assert.AreEqual(expected, DotnetImages.Name(DotnetImages.Registry, flavor, version, family, extra, composite, aot));

    [TestMethod]
    public void No_name_for_a_family_the_version_lacks()
    {
        Assert.IsNull(DotnetImages.Name(DotnetImages.Registry, "aspnet", "5.0", DotnetImageFamily.UbuntuChiseled));
        Assert.IsNull(DotnetImages.Name(DotnetImages.Registry, "aspnet", "6.0", DotnetImageFamily.AzureLinux));
    }

    [TestMethod]
    public void Family_of_an_image_round_trips_through_the_builder()
    {
        foreach (var text in new[] { "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra", "mcr.microsoft.com/dotnet/runtime:8.0-alpine", "mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless", "mcr.microsoft.com/dotnet/aspnet:8.0-noble", "mcr.microsoft.com/dotnet/aspnet:8.0" })
        {
            var image = ImageReference.Parse(text);
            Assert.AreEqual(text, DotnetImages.Name(image.DotnetRegistry!, image.DotnetFlavor!, image.DotnetVersion!, DotnetImages.FamilyOf(image), image.IsExtra, image.IsComposite, image.IsAot));
        }
    }

    [TestMethod]
    public void End_of_support_dates()
    {
        Assert.AreEqual(new DateTime(2026, 11, 10), DotnetImages.EndOfSupport("8.0"));
        Assert.AreEqual(new DateTime(2026, 11, 10), DotnetImages.EndOfSupport("9.0"));
        Assert.AreEqual(new DateTime(2024, 11, 12), DotnetImages.EndOfSupport("6.0"));
        Assert.IsNull(DotnetImages.EndOfSupport("12.0"));
        Assert.AreEqual("10.0", DotnetImages.LatestLts(new DateTime(2026, 12, 1)));
    }
}
