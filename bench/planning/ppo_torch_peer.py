#!/usr/bin/env python3
"""PyTorch peer for Formcast's PPO machinery: the same networks, batch and update schedule on random data.

Times (1) one PPO optimisation phase -- a batch of 2048 transitions, 10 epochs x 8 minibatches of 256 = 80 Adam
steps on actor 25-128-64-32-8 (tanh mean, state-independent log-sigma) and critic 25-128-64-32-1, clipped surrogate,
value and entropy terms, global gradient-norm clip 0.5 -- and (2) single-observation policy inference, the per-step
cost of a rollout. Prints one JSON object. Run with Debian's python3-torch: /usr/bin/python3 ppo_torch_peer.py.
"""
import argparse
import json
import math
import time

import torch
from torch import nn


def mlp(sizes, out_tanh):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    if out_tanh:
        layers.append(nn.Tanh())
    return nn.Sequential(*layers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--inference-steps", type=int, default=2048)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    obs_dim, act_dim, batch, epochs, minibatches = 25, 8, 2048, 10, 8
    actor = mlp([obs_dim, 128, 64, 32, act_dim], True)
    critic = mlp([obs_dim, 128, 64, 32, 1], False)
    log_std = nn.Parameter(torch.full((act_dim,), -0.5))
    params = list(actor.parameters()) + list(critic.parameters()) + [log_std]
    optimiser = torch.optim.Adam(params, lr=1e-4, eps=1e-5)

    obs = torch.randn(batch, obs_dim)
    actions = torch.randn(batch, act_dim) * 0.5
    with torch.no_grad():
        mean = actor(obs)
        std = log_std.exp()
        old_logp = (-0.5 * ((actions - mean) / std) ** 2 - log_std - 0.5 * math.log(2 * math.pi)).sum(-1)
    advantages = torch.randn(batch)
    returns = torch.randn(batch)
    size = batch // minibatches

    def update():
        for _ in range(epochs):
            order = torch.randperm(batch)
            for m in range(minibatches):
                idx = order[m * size:(m + 1) * size]
                adv = advantages[idx]
                adv = (adv - adv.mean()) / (adv.std(unbiased=False) + 1e-8)
                mean = actor(obs[idx])
                std = log_std.exp()
                logp = (-0.5 * ((actions[idx] - mean) / std) ** 2 - log_std - 0.5 * math.log(2 * math.pi)).sum(-1)
                ratio = (logp - old_logp[idx]).exp()
                policy_loss = -torch.min(ratio * adv, ratio.clamp(0.8, 1.2) * adv).mean()
                value_loss = ((critic(obs[idx]).squeeze(-1) - returns[idx]) ** 2).mean()
                entropy = (log_std + 0.5 + 0.5 * math.log(2 * math.pi)).sum()
                loss = policy_loss + 0.5 * value_loss - 0.001 * entropy
                optimiser.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(params, 0.5)
                optimiser.step()

    update()  # warm-up
    timings = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        update()
        timings.append(time.perf_counter() - start)
    timings.sort()

    single = torch.randn(1, obs_dim)
    with torch.no_grad():
        for _ in range(200):
            actor(single)
            critic(single)
        start = time.perf_counter()
        for _ in range(args.inference_steps):
            actor(single)
            critic(single)
        inference = (time.perf_counter() - start) / args.inference_steps

    print(json.dumps({
        "torch": torch.__version__,
        "threads": args.threads,
        "update_seconds_median": timings[len(timings) // 2],
        "update_seconds_all": timings,
        "inference_microseconds_per_step": inference * 1e6,
    }))


if __name__ == "__main__":
    main()
