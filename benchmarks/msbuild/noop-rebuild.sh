#!/usr/bin/env bash
# No-op rebuild cost of OrsCompiler.MSBuild: `dotnet build --no-restore` of an unchanged project with N strategies
# versus the same project with none, median of R runs each (hyperfine-style: warm up once, then time).
#   benchmarks/msbuild/noop-rebuild.sh [N=200] [R=5]
# Packs the package under a fresh version into a temp feed with its own NuGet cache, so the code measured is this
# checkout's.
set -euo pipefail
count=${1:-200}
runs=${2:-5}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d /tmp/orsc-bench.XXXXXX)
trap '[ -n "${ORS_BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
version="0.1.0-bench$(date +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off

dotnet pack "$repo/msbuild/OrsCompiler.MSBuild/OrsCompiler.MSBuild.csproj" -c Release -nodeReuse:false -v q \
  -o "$work/feed" -p:Version="$version" >/dev/null
# The measured projects restore into a cache of their own.
export NUGET_PACKAGES="$work/packages"

make_project() { # name documents
  local dir="$work/$1"
  mkdir -p "$dir/Strategies"
  cat >"$dir/nuget.config" <<XML
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
  cat >"$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageReference Include="OrsCompiler.MSBuild" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
XML
  for i in $(seq 1 "$2"); do
    sed "s/RestartSafeVoiceRouting/Strategy$i/g" "$repo/examples/RoutingStrategies/Strategies/RestartSafeVoiceRouting.scxml" >"$dir/Strategies/Strategy$i.scxml"
  done
  dotnet build "$dir" -nodeReuse:false -v q >/dev/null
}

median_ms() { # project dir
  local times=()
  dotnet build "$1" --no-restore -nodeReuse:false -v q >/dev/null # warm-up
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    dotnet build "$1" --no-restore -nodeReuse:false -v q >/dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

make_project Empty 0
make_project Many "$count"
empty=$(median_ms "$work/Empty")
many=$(median_ms "$work/Many")
echo "no-op rebuild, median of $runs: 0 strategies ${empty} ms, $count strategies ${many} ms, ratio $(echo "scale=2; $many / $empty" | bc)"
