using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1209Tests
{
    private const string Rule = "CTZ1209";
    private const string Sdk = "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\n";

    [TestMethod]
    public void Fires_when_everything_is_copied_before_the_restore() =>
        RuleAssert.Fires(Rule, Sdk + "COPY . .\n[|RUN dotnet restore|]\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n",
            "'dotnet restore' restores after 'COPY . .' (line 3) copied every source, so any code change re-runs the restore.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void A_single_stage_sdk_image_makes_it_info() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0\nWORKDIR /app\nCOPY . .\n[|RUN dotnet publish -c Release -o out|]\n", "this single-stage image ships the SDK, see CTZ1207", severity: DiagnosticSeverity.Info);

    [TestMethod]
    [DataRow("COPY src/. ./src", "src/.")]
    [DataRow("COPY /src .", "/src")]
    [DataRow("COPY webapi webapi", "webapi")]
    [DataRow("COPY ./src/ ./src/", "./src/")]
    [DataRow("COPY [\"Libraries/src/Amazon.Lambda.Core\", \"Repo/Core/\"]", "Libraries/src/Amazon.Lambda.Core")]
    public void Fires_for_any_source_folder(string copy, string folder) =>
        RuleAssert.Fires(Rule, Sdk + copy + "\nCOPY *.props ./\n[|RUN dotnet publish -c Release -o /app|]\n", $"copied the source folder '{folder}'");

    [TestMethod]
    public void A_nuget_cache_mount_makes_it_info() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build\nCOPY . /source\nWORKDIR /source/App\n[|RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \\\n    dotnet publish -c Release -o /app|]\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\n",
            "The NuGet cache mount keeps the packages", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Restore_without_the_publish_runtime_identifier() =>
        RuleAssert.Fires(Rule, Sdk + "COPY App.csproj .\nRUN dotnet restore\nCOPY . .\n[|RUN dotnet publish -r linux-x64 -c Release -o /app|]\n",
            "'dotnet restore' (line 4) restores without '-r linux-x64', which 'dotnet publish -r linux-x64 -c Release -o /app' uses, so this publish restores again");

    [TestMethod]
    public void Restore_without_the_architecture_of_a_later_stage() =>
        RuleAssert.Fires(Rule, Sdk + "COPY App.csproj .\nRUN dotnet restore --locked-mode\nCOPY . .\nFROM build AS publish\n[|RUN dotnet publish -a $TARGETARCH -o /app|]\n", "restores without '-a $TARGETARCH'");

    [TestMethod]
    [DataRow(Sdk + "COPY [\"App/App.csproj\", \"App/\"]\nCOPY Directory.Build.props .\nRUN dotnet restore App/App.csproj\nCOPY . .\nRUN dotnet build -c Release -o /app/build\n", DisplayName = "VS template: project files restored first")]
    [DataRow(Sdk + "COPY *.csproj ./\nRUN dotnet restore\nCOPY . ./\nRUN dotnet publish -c Release -o out\n", DisplayName = "csproj restored first, publish without --no-restore")]
    [DataRow(Sdk + "COPY App.csproj packages.lock.json ./\nRUN dotnet restore --locked-mode -a $TARGETARCH\nCOPY . .\nRUN dotnet publish -a $TARGETARCH --no-restore -o /app\n", DisplayName = "same architecture")]
    [DataRow(Sdk + "COPY webapi/WebApi.csproj webapi/\nRUN dotnet restore --use-current-runtime webapi\nCOPY webapi webapi\nRUN dotnet publish --use-current-runtime --no-restore webapi -o /app\n", DisplayName = "current runtime both times")]
    [DataRow(Sdk + "COPY ./build/ ./build/\nCOPY ./Directory.Build.props ./\nCOPY App.csproj .\nRUN dotnet restore\n", DisplayName = "build/ holds props")]
    [DataRow(Sdk + "COPY . .\nRUN echo no restore here\n", DisplayName = "no restore")]
    [DataRow(Sdk + "COPY \"docker-compose.dcproj\" \"docker-compose.dcproj\"\nCOPY \"App/App.csproj\" \"App/\"\nRUN dotnet restore App/App.csproj\n", DisplayName = "a project file with an uncommon extension")]
    [DataRow(Sdk + "COPY App.csproj .\nRUN dotnet restore -r linux-x64\nCOPY . .\nRUN dotnet publish -r linux-x64 --no-restore -o /app\n", DisplayName = "restore with the RID, publish --no-restore")]
    public void Quiet_when_the_restore_layer_survives_source_edits(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
