using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1210Tests
{
    private const string Rule = "CTZ1210";
    private const string Start = "COPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n";

    [TestMethod]
    public void Fires_on_headers_and_pip_in_the_runtime_image() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n[|RUN apt-get update && apt-get install -y --no-install-recommends python3-dev libpython3-dev python3-pip \\\n && rm -rf /var/lib/apt/lists/*|]\n" + Start,
            "This RUN installs development packages in the final image (python3-dev, libpython3-dev, python3-pip).", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_compilers() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN apt-get install -y build-essential cmake|]\n" + Start, "(build-essential, cmake)");

    [TestMethod]
    public void Fires_on_alpine_and_dnf() =>
        RuleAssert.Fires(Rule, "FROM alpine:3.20\n[|RUN apk add --no-cache gcc musl-dev|]\n" + Start, "(gcc, musl-dev)");

    [TestMethod]
    public void One_lib_dev_alone_is_info_about_the_so_symlink() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n[|RUN apt-get install -y --no-install-recommends mediainfo librhash-dev|]\n" + Start,
            "This RUN installs development packages in the final image (librhash-dev). One header package is often there only for its unversioned .so symlink, which DllImport looks for", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Icu_dev_and_its_tools_are_a_warning() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:9.0\n[|RUN apt install -y libicu-dev icu-devtools fontconfig|]\n" + Start, "(libicu-dev, icu-devtools)", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN apt-get install -y clang zlib1g-dev\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0\n" + Start, DisplayName = "build stage")]
    [DataRow("FROM python:3.12\nRUN apt-get install -y gcc libpq-dev && pip install --no-cache-dir psycopg && apt-get purge -y gcc libpq-dev\n" + Start, DisplayName = "removed in the same RUN")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && make && apk del .build-deps\n" + Start, DisplayName = "apk virtual group removed")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get install -y --no-install-recommends libgdiplus libtesseract5\n" + Start, DisplayName = "runtime libraries")]
    [DataRow("FROM debian:12\nRUN apt-get install -y build-essential cmake git\n", DisplayName = "build-environment image")]
    [DataRow("FROM debian:12\nRUN apt-get install -y gcc make\nENTRYPOINT [\"/build.sh\"]\n", DisplayName = "builder image")]
    public void Quiet_where_dev_packages_do_not_ship(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
