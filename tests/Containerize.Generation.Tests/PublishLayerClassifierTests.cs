using Containerize.Generation;

namespace Containerize.Generation.Tests;

/// <summary>
/// The layer of each publish file, from item metadata as a real publish of samples/blazor and samples/monorepo
/// gives it (values taken from <c>dotnet publish -getItem:ResolvedFileToPublish</c> and the publish's static web assets).
/// </summary>
[TestClass]
public sealed class PublishLayerClassifierTests
{
    private const string PackageRoot = "/root/.nuget/packages/";
    private const string Project = "/src/src/Frontend/";

    [TestMethod]
    public void Files_from_packages_go_to_the_packages_layer()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        classifier.AddResolvedFile("Google.Protobuf.dll", "Google.Protobuf", null);
        classifier.AddResolvedFile("runtimes/linux-x64/native/libe_sqlite3.so", "SQLitePCLRaw.lib.e_sqlite3", null);
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("Google.Protobuf.dll"));
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("runtimes/linux-x64/native/libe_sqlite3.so"));
    }

    [TestMethod]
    public void Project_reference_outputs_go_to_the_references_layer()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        foreach (var file in new[] { "Greeter.Core.dll", "Greeter.Core.pdb", "Greeter.Core.xml" })
        {
            classifier.AddResolvedFile(file, string.Empty, "ProjectReference");
            Assert.AreEqual(PublishLayer.References, classifier.Classify(file));
        }
    }

    [TestMethod]
    public void Files_no_item_describes_are_the_apps_own()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        classifier.AddResolvedFile("Greeter.Service.dll", string.Empty, string.Empty);
        Assert.AreEqual(PublishLayer.App, classifier.Classify("Greeter.Service.dll"));
        Assert.AreEqual(PublishLayer.App, classifier.Classify("Greeter.Service.deps.json"));
        Assert.AreEqual(PublishLayer.App, classifier.Classify("Greeter.Service.staticwebassets.endpoints.json"));
    }

    [TestMethod]
    public void A_package_static_web_asset_and_its_compressed_copies_go_to_the_packages_layer()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        var js = PackageRoot + "microsoft.aspnetcore.components.quickgrid/10.0.15/staticwebassets/QuickGrid.razor.js";
        classifier.AddStaticWebAsset("wwwroot/_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.js", js, "Package", "Primary", null);
        classifier.AddStaticWebAsset("wwwroot/_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.js.gz", Project + "obj/Release/net10.0/compressed/unlu0xluo6-{0}-eu7w3d5g1a-eu7w3d5g1a.gz", "Package", "Alternative", js);
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("wwwroot/_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.js"));
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("wwwroot/_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.js.gz"));
    }

    [TestMethod]
    public void Framework_scripts_the_project_discovers_in_a_package_folder_go_to_the_packages_layer()
    {
        // blazor.web.js is a "Discovered" asset of the app itself, but its file is Microsoft.AspNetCore.App.Internal.Assets'.
        var classifier = new PublishLayerClassifier(PackageRoot);
        var js = PackageRoot + "microsoft.aspnetcore.app.internal.assets/10.0.12/_framework/blazor.web.js";
        classifier.AddStaticWebAsset("wwwroot/_framework/blazor.web.js", js, "Discovered", "Primary", null);
        classifier.AddStaticWebAsset("wwwroot/_framework/blazor.web.js.br", Project + "obj/Release/net10.0/compressed/publish/ng7cue9vpk-{0}-9hsif5t8mt-9hsif5t8mt.br", "Discovered", "Alternative", js);
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("wwwroot/_framework/blazor.web.js"));
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("wwwroot/_framework/blazor.web.js.br"));
    }

    [TestMethod]
    public void Wwwroot_and_project_reference_assets_go_to_the_static_web_layer()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        var css = Project + "wwwroot/lib/bootstrap/dist/css/bootstrap.min.css";
        classifier.AddStaticWebAsset("wwwroot/lib/bootstrap/dist/css/bootstrap.min.css", css, "Discovered", "Primary", null);
        classifier.AddStaticWebAsset("wwwroot/lib/bootstrap/dist/css/bootstrap.min.css.gz", Project + "obj/Release/net10.0/compressed/t6uss70lv6-{0}-46ein0sx1k-46ein0sx1k.gz", "Discovered", "Alternative", css);
        classifier.AddStaticWebAsset("wwwroot/_content/Frontend.Widgets/background.png", "/src/src/Frontend.Widgets/wwwroot/background.png", "Project", "Primary", null);
        Assert.AreEqual(PublishLayer.StaticWeb, classifier.Classify("wwwroot/lib/bootstrap/dist/css/bootstrap.min.css"));
        Assert.AreEqual(PublishLayer.StaticWeb, classifier.Classify("wwwroot/lib/bootstrap/dist/css/bootstrap.min.css.gz"));
        Assert.AreEqual(PublishLayer.StaticWeb, classifier.Classify("wwwroot/_content/Frontend.Widgets/background.png"));
    }

    [TestMethod]
    public void Assets_the_apps_build_computes_stay_with_the_app()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        classifier.AddStaticWebAsset("wwwroot/Frontend.styles.css", Project + "obj/Release/net10.0/scopedcss/bundle/Frontend.styles.css", "Computed", "Primary", null);
        Assert.AreEqual(PublishLayer.App, classifier.Classify("wwwroot/Frontend.styles.css"));
    }

    [TestMethod]
    public void A_file_described_twice_keeps_the_layer_that_changes_least()
    {
        var classifier = new PublishLayerClassifier(PackageRoot);
        classifier.AddResolvedFile("Shared.dll", string.Empty, "ProjectReference");
        classifier.AddResolvedFile("Shared.dll", "Shared", null);
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("Shared.dll"));
    }

    [TestMethod]
    public void Windows_separators_and_a_missing_package_root_are_handled()
    {
        var classifier = new PublishLayerClassifier(null);
        classifier.AddResolvedFile(@"runtimes\linux-x64\native\libgrpc.so", "Grpc.Core", null);
        classifier.AddStaticWebAsset("wwwroot/app.css", Project + "wwwroot/app.css", "Discovered", "Primary", null);
        Assert.AreEqual(PublishLayer.Packages, classifier.Classify("runtimes/linux-x64/native/libgrpc.so"));
        Assert.AreEqual(PublishLayer.StaticWeb, classifier.Classify("/wwwroot/app.css"));
    }
}
