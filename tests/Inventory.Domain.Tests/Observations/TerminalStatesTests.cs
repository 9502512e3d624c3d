using Inventory.Domain.Assets;
using Inventory.Domain.Observations;

namespace Inventory.Domain.Tests.Observations;

public class TerminalStatesTests
{
    [Theory]
    [InlineData("terminated", GoneReason.Terminated)]
    [InlineData("Terminated", GoneReason.Terminated)]
    [InlineData("deleted", GoneReason.Terminated)]
    [InlineData("DELETED", GoneReason.Terminated)]
    [InlineData("shutting-down", GoneReason.Deleting)]
    [InlineData("deleting", GoneReason.Deleting)]
    [InlineData("delete-in-progress", GoneReason.Deleting)]
    [InlineData("DELETE_IN_PROGRESS", GoneReason.Deleting)]
    [InlineData("deletion-in-progress", GoneReason.Deleting)]
    [InlineData("pending-deletion", GoneReason.Deleting)]
    public void A_terminal_state_is_classified_whatever_its_case(string state, GoneReason reason) =>
        Assert.Equal(reason, TerminalStates.Classify(state));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("running")]
    [InlineData("stopped")]
    [InlineData("available")]
    [InlineData("pending")]
    [InlineData("terminated-soon")]
    public void A_live_or_unknown_state_is_not_terminal(string? state) =>
        Assert.Null(TerminalStates.Classify(state));
}
