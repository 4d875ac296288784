using MipForum.Domain.Proposals;

namespace MipForum.Application.Common.ReadModels;

/// <summary>A proposal as other read models (threads, links, notifications) name it.</summary>
public sealed record ProposalRef(string Code, string Title, ProposalStatus Status);
