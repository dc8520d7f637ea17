// Intentionally empty until the first widget lands; keeps the target non-empty.
namespace faultline {
}
