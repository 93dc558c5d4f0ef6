#include <extract_plan/extract_plan.h>

#include <iostream>

int main() { std::cout << extract_plan::version() << '\n'; }
