using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Inventory.Api.Tests.Deployment;

/// <summary>No container engine runs where the tests run, so the deployment files are checked for what can be checked here.</summary>
public sealed partial class DeploymentFilesTests
{
    private const string Chart = "ops/helm/inventory";

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode LoadFile(string relative) => Load(Repository.Read(relative));

    private static IEnumerable<string> Templates() =>
        Directory.GetFiles(Repository.PathOf(Chart + "/templates"), "*.yaml").Order();

    [Fact]
    public void Compose_the_workflow_and_the_chart_files_are_well_formed_yaml()
    {
        var files = new[] { "compose.yml", Chart + "/Chart.yaml", Chart + "/values.yaml" }
            .Concat(Directory.GetFiles(Repository.PathOf(".github/workflows"), "*.yml").Select(f => Path.GetRelativePath(Repository.Root, f)));
        foreach (var file in files)
            Assert.NotEmpty(LoadFile(file).Children);

        foreach (var template in Templates())
        {
            var stream = new YamlStream();
            var flattened = HelmTemplate.Flatten(File.ReadAllText(template));
            var problem = Record.Exception(() => stream.Load(new StringReader(flattened)));
            Assert.True(problem is null, $"{Path.GetFileName(template)}: {problem?.Message}\n{flattened}");
            Assert.Contains(stream.Documents, d => d.RootNode is YamlMappingNode m && m.Children.ContainsKey("kind"));
        }
    }

    [Fact]
    public void Every_value_the_chart_reads_is_declared_and_every_declared_value_is_read()
    {
        var values = LoadFile(Chart + "/values.yaml");
        var read = Templates().Concat([Repository.PathOf(Chart + "/templates/_helpers.tpl")])
            .SelectMany(t => HelmTemplate.ValuePaths(File.ReadAllText(t))).Distinct().Order().ToList();

        var missing = read.Where(path => Find(values, path) is null).ToList();
        Assert.True(missing.Count == 0, "Read but not in values.yaml: " + string.Join(", ", missing));

        var unread = Leaves(values, "").Where(leaf => !read.Any(path => leaf == path || leaf.StartsWith(path + ".", StringComparison.Ordinal))).ToList();
        Assert.True(unread.Count == 0, "In values.yaml but never read: " + string.Join(", ", unread));
    }

    [Fact]
    public void The_chart_runs_several_replicas_with_probes_a_config_map_and_the_database_secret()
    {
        Assert.True(int.Parse(((YamlScalarNode)LoadFile(Chart + "/values.yaml")["replicaCount"]).Value!, System.Globalization.CultureInfo.InvariantCulture) > 1);
        var deployment = Repository.Read(Chart + "/templates/deployment.yaml");
        Assert.Contains("path: /health/ready", deployment);
        Assert.Contains("path: /health/live", deployment);
        Assert.Contains("name: ConnectionStrings__Inventory", deployment);
        Assert.Contains("configMapRef:", deployment);
        // Each setting the config map passes is one the product reads.
        foreach (Match setting in ConfigKey().Matches(Repository.Read(Chart + "/templates/configmap.yaml")))
            Assert.True(ProductReads(setting.Groups[1].Value), $"The product reads no setting Inventory:{setting.Groups[1].Value.Replace("__", ":")}");
    }

    [Fact]
    public void Compose_runs_postgresql_16_the_api_and_nginx_serving_the_ui_and_proxying_the_api()
    {
        var services = (YamlMappingNode)LoadFile("compose.yml")["services"];
        Assert.Equal(["api", "postgres", "ui"], services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order());
        Assert.StartsWith("postgres:16", ((YamlScalarNode)services["postgres"]["image"]).Value);
        var api = (YamlMappingNode)services["api"];
        Assert.Contains("Host=postgres;", ((YamlScalarNode)api["environment"]["ConnectionStrings__Inventory"]).Value);

        foreach (var name in new[] { "api", "ui" })
        {
            var dockerfile = ((YamlScalarNode)services[name]["build"]["dockerfile"]).Value!;
            Assert.True(File.Exists(Repository.PathOf(dockerfile)), dockerfile + " is missing");
        }
        var ui = Repository.Read(((YamlScalarNode)services["ui"]["build"]["dockerfile"]).Value!);
        Assert.Matches(@"(?m)^FROM nginx", ui);
        var nginx = Repository.Read("ops/docker/nginx.conf");
        Assert.Contains("proxy_pass http://api:8080;", nginx);
        Assert.Contains("api|connect|health|openapi", nginx);
        Assert.Contains("try_files $uri $uri/ /index.html;", nginx);
    }

    [Fact]
    public void Every_file_a_dockerfile_copies_from_the_repository_exists()
    {
        foreach (var dockerfile in Directory.GetFiles(Repository.PathOf("ops/docker"), "*.Dockerfile"))
        {
            foreach (Match copy in CopyLine().Matches(File.ReadAllText(dockerfile)))
            {
                var parts = copy.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var source in parts[..^1])
                    Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)),
                        $"{Path.GetFileName(dockerfile)} copies {source}, which is not in the repository");
            }
        }
    }

    [Fact]
    public void The_workflow_and_the_ci_script_run_the_readme_test_command()
    {
        var command = ReadmeTestCommand();
        Assert.Equal("./test.sh", command);

        var steps = (YamlSequenceNode)LoadFile(".github/workflows/ci.yml")["jobs"]["test"]["steps"];
        Assert.Contains(steps.Children.OfType<YamlMappingNode>(), step =>
            step.Children.TryGetValue("run", out var run) && ((YamlScalarNode)run).Value!.Split('\n').Any(l => l.Trim() == command));
        Assert.Contains(Repository.Read(".ci/run").Split('\n'), line => line.TrimEnd().EndsWith(" " + command, StringComparison.Ordinal));
    }

    /// <summary>The quick start's test line: the first command of the README's first shell block whose comment says it tests.</summary>
    private static string ReadmeTestCommand()
    {
        var block = ShellBlock().Match(Repository.Read("README.md")).Groups[1].Value;
        var line = block.Split('\n').First(l => l.Contains('#') && l[l.IndexOf('#')..].Contains("test", StringComparison.OrdinalIgnoreCase));
        return line[..line.IndexOf('#')].Trim();
    }

    /// <summary>A top-level key is an options property; a nested one is named, section and key, in strings (as GetSection/GetValue do).</summary>
    private static bool ProductReads(string key)
    {
        var parts = key.Split("__");
        // Inventory's top-level keys bind to the options record, or are read by their full name.
        if (parts.Length == 1 && typeof(Program).Assembly.GetType("Inventory.Api.Hosting.InventoryOptions")?.GetProperty(parts[0]) is not null)
            return true;
        var section = Regex.Escape(string.Join(':', ["Inventory", .. parts[..^1]]));
        var name = Regex.Escape(parts[^1]);
        return Directory.GetFiles(Repository.PathOf("src"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).Any(source =>
            Regex.IsMatch(source, $"\"{section}(:{name})?\"") && Regex.IsMatch(source, $"[\":]{name}\""));
    }

    private static YamlNode? Find(YamlMappingNode values, string path)
    {
        YamlNode? node = values;
        foreach (var part in path.Split('.'))
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(part), out node))
                return null;
        }
        return node;
    }

    private static IEnumerable<string> Leaves(YamlMappingNode node, string prefix)
    {
        foreach (var (key, value) in node.Children)
        {
            var path = prefix + ((YamlScalarNode)key).Value;
            if (value is YamlMappingNode { Children.Count: > 0 } child)
            {
                foreach (var leaf in Leaves(child, path + "."))
                    yield return leaf;
            }
            else
            {
                yield return path;
            }
        }
    }

    [GeneratedRegex(@"(?m)^\s+Inventory__([A-Za-z_]+):")]
    private static partial Regex ConfigKey();

    [GeneratedRegex(@"(?m)^COPY (?!--from)(.+)$")]
    private static partial Regex CopyLine();

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [Fact]
    public void The_ui_served_by_nginx_carries_the_apis_security_headers_and_the_chart_locks_the_api_down()
    {
        var nginx = Repository.Read("ops/docker/nginx.conf");
        Assert.Contains(Inventory.Api.Access.Headers.SecurityHeaders.ContentSecurityPolicy, nginx);
        Assert.Equal(2, Regex.Matches(nginx, "add_header X-Frame-Options \"DENY\" always;").Count);

        var deployment = Repository.Read(Chart + "/templates/deployment.yaml");
        Assert.Contains("allowPrivilegeEscalation: false", deployment);
        Assert.Contains("readOnlyRootFilesystem: true", deployment);
        Assert.Contains("drop: [ALL]", deployment);
        Assert.Contains("Inventory__DataProtection__Certificate", deployment);
        Assert.Contains("kind: NetworkPolicy", Repository.Read(Chart + "/templates/networkpolicy.yaml"));
        var values = LoadFile(Chart + "/values.yaml");
        Assert.Equal("true", ((YamlScalarNode)values["ingress"]["tls"]["enabled"]).Value);
        Assert.Contains("Inventory__DataProtection__Certificate", Repository.Read("compose.yml"));
    }
}
