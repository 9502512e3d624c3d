using Inventory.Discovery.Collectors.Ecr;
using Inventory.Discovery.SignedRequests;
using Inventory.StubAws.Core;
using Inventory.StubAws.Services.Ecr;
using Inventory.Domain.Observations;

namespace Inventory.Discovery.Tests.Collectors.Ecr;

/// <summary>The ECR collector through the signed client and HTTP against the stub AWS.</summary>
public sealed class EcrCollectorTests : IClassFixture<StubAwsFixture>
{
    private const string AccountId = "111111111111";
    private const string Region = "eu-west-1";

    // Retries at once: throttling tests must not sleep.

    private readonly StubAwsServer server;

    public EcrCollectorTests(StubAwsFixture fixture)
    {
        server = fixture.Server;
        server.Reset();
    }

    private EcrEstate Estate => server.Estate.Account(AccountId).Region(Region).Ecr();

    private Task<IReadOnlyList<Observation>> Scan() =>
        new EcrCollector(StubScans.NoWaiting).CollectAsync(server.Access(server.Estate.Account(AccountId), Region), CancellationToken.None);

    private void ArrangeFiveRepositories()
    {
        for (var i = 1; i <= 5; i++)
            Estate.Repositories.Add(new StubRepository($"service-{i}") { Tags = { ["Team"] = $"team-{i}" } });
    }

    [Fact]
    public async Task Every_page_of_repositories_is_read_and_each_repository_tagged()
    {
        ArrangeFiveRepositories();

        var observations = await Scan();

        Assert.Equal(["service-1", "service-2", "service-3", "service-4", "service-5"], observations.Select(o => o.ResourceId));
        Assert.Equal(["team-1", "team-2", "team-3", "team-4", "team-5"], observations.Select(o => o.Tags["Team"]));
        // Two per page: the nextToken of each answer brings the next page, the last answer carries none.
        Assert.Equal(3, server.RequestsFor("ecr", "DescribeRepositories").Count);
        Assert.Equal(5, server.RequestsFor("ecr", "ListTagsForResource").Count);
        Assert.All(server.Requests, r =>
        {
            Assert.Equal((Region, 200), (r.Region, r.Status));
            Assert.Equal("POST", r.Method);
            Assert.StartsWith("AmazonEC2ContainerRegistry_V20150921.", r.Header("X-Amz-Target"), StringComparison.Ordinal);
        });
        Assert.Empty(server.HandlerFailures);
    }

    [Fact]
    public async Task A_repository_is_mapped_field_by_field()
    {
        Estate.Repositories.Add(new StubRepository("payments/api")
        {
            ImageTagMutability = "IMMUTABLE",
            ScanOnPush = true,
            EncryptionType = "KMS",
            KmsKey = "arn:aws:kms:eu-west-1:111111111111:key/k1",
            Tags = { ["Team"] = "payments" },
        });

        var repository = (await Scan()).Single("ecr:repository", "payments/api");

        Assert.Equal(new Dictionary<string, string>
        {
            ["arn"] = "arn:aws:ecr:eu-west-1:111111111111:repository/payments/api",
            ["resource_id"] = "payments/api",
            ["name"] = "payments/api",
            ["tags.Team"] = "payments",
            ["attributes.RepositoryUri"] = "111111111111.dkr.ecr.eu-west-1.amazonaws.com/payments/api",
            ["attributes.RegistryId"] = "111111111111",
            ["attributes.ImageTagMutability"] = "IMMUTABLE",
            ["attributes.ScanOnPush"] = "true",
            ["attributes.Encryption.Type"] = "KMS",
            ["attributes.Encryption.KmsKey"] = "arn:aws:kms:eu-west-1:111111111111:key/k1",
            ["attributes.CreatedAt"] = "2025-01-02T03:04:05.5Z",
        }, repository.Described());
    }

    [Fact]
    public async Task A_name_tag_names_a_repository()
    {
        Estate.Repositories.Add(new StubRepository("web") { Tags = { ["Name"] = "Website images" } });

        var repository = (await Scan()).Single("ecr:repository", "web");

        Assert.Equal("Website images", repository.Name);
        Assert.Equal("AES256", repository.AttributesText()["Encryption.Type"]);
        Assert.Equal("false", repository.AttributesText()["ScanOnPush"]);
    }

    [Fact]
    public async Task Access_denied_on_tags_fails_the_scan_with_the_aws_error_code()
    {
        ArrangeFiveRepositories();
        server.Faults.Add("ecr", "ListTagsForResource", "AccessDeniedException", 400, times: int.MaxValue);

        var error = await Assert.ThrowsAsync<AwsServiceException>(Scan);

        Assert.Equal(("AccessDeniedException", 400), (error.ErrorCode, error.StatusCode));
        Assert.Single(server.RequestsFor("ecr", "ListTagsForResource"));
    }

    [Fact]
    public async Task Throttling_twice_then_success_returns_everything()
    {
        ArrangeFiveRepositories();
        server.Faults.Add("ecr", "DescribeRepositories", "ThrottlingException", 400, times: 2);
        server.Faults.Add("ecr", "ListTagsForResource", "ThrottlingException", 400, times: 2);

        var observations = await Scan();

        Assert.Equal(5, observations.Count);
        Assert.Equal([400, 400, 200, 200, 200], server.RequestsFor("ecr", "DescribeRepositories").Select(r => r.Status));
        Assert.Equal([400, 400, 200, 200, 200, 200, 200], server.RequestsFor("ecr", "ListTagsForResource").Select(r => r.Status));
        Assert.Equal("team-1", observations.Single("ecr:repository", "service-1").Tags["Team"]);
    }

    [Fact]
    public async Task A_repository_deleted_between_list_and_tags_is_left_out()
    {
        ArrangeFiveRepositories();
        server.Faults.Add("ecr", "ListTagsForResource", "RepositoryNotFoundException", 400);

        var observations = await Scan();

        Assert.Equal(["service-2", "service-3", "service-4", "service-5"], observations.Select(o => o.ResourceId));
    }
}
